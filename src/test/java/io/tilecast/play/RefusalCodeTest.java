package io.tilecast.play;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.RejectionCode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RefusalCodeTest {

    @ParameterizedTest
    @EnumSource(RejectionCode.class)
    void everyRuleRejectionIsAnsweredWithItsOwnCode(RejectionCode rejection) {
        assertThat(RefusalCode.of(rejection)).isNotNull().extracting(RefusalCode::code).isEqualTo(rejection.code());
    }

    @Test
    void everyCodeIsAnsweredOnce() {
        assertThat(Arrays.stream(RefusalCode.values()).map(RefusalCode::code)).doesNotHaveDuplicates();
    }
}
