package io.tilecast.game.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.lexicon.WordGraph;
import io.tilecast.game.rules.Bag;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Premium;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.TableView;
import io.tilecast.game.rules.Turn;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * A computer player is given what a human in its seat sees and nothing more: every value it can
 * reach from its inputs, field by field, is a board, its own rack, numbers, or the lexicon's words.
 * No path leads to a game state, the bag or the other racks.
 */
class ComputerSeesOnlyItsSeatTest {

    @Test
    void aStrategyIsGivenThePositionTheMoveGeneratorAndARandomSource() {
        Method choose = Strategy.class.getMethods()[0];
        assertThat(Strategy.class.getMethods()).hasSize(1);
        assertThat(choose.getParameterTypes()).containsExactly(Position.class, MoveGenerator.class, RandomGenerator.class);
    }

    @Test
    void aPositionIsTheBoardOneRackTheScoresTheSeatAndTheBagsSize() {
        assertThat(List.of(Position.class.getRecordComponents()).stream().map(RecordComponent::getName))
                .containsExactly("board", "rack", "scores", "seat", "bagSize");
        assertThat(Position.class.getRecordComponents()[2].getGenericType().getTypeName())
                .isEqualTo("java.util.List<java.lang.Integer>");
    }

    @Test
    void nothingReachableFromTheInputsHoldsTheBagOrAGame() {
        Set<Class<?>> reachable = reachableFrom(Position.class, MoveGenerator.class);
        assertThat(reachable).doesNotContain(GameState.class, Bag.class, TableView.class, Turn.class);
        assertThat(reachable).allMatch(type -> type.isPrimitive() || type.isArray()
                || type.getPackageName().equals("java.lang") || type.getPackageName().equals("java.util")
                || Set.of(Position.class, Board.class, Premium.class, Rack.class, MoveGenerator.class, WordGraph.class).contains(type),
                "only the board and its squares, a rack and the lexicon's words");
    }

    /** Every type held in a field, or a type argument of one, of these types and of those, and so on. */
    private static Set<Class<?>> reachableFrom(Class<?>... roots) {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(roots));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type) || type.getPackageName().startsWith("java.")) {
                continue;
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
                    continue; // a constant such as the empty board
                }
                todo.push(field.getType().isArray() ? field.getType().getComponentType() : field.getType());
                if (field.getGenericType() instanceof ParameterizedType generic) {
                    for (Type argument : generic.getActualTypeArguments()) {
                        if (argument instanceof Class<?> c) {
                            todo.push(c);
                        }
                    }
                }
            }
        }
        return seen;
    }
}
