package io.tilecast.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads request bodies strictly, so that a client bug is a 400 and not a guess: a number or boolean where the API
 * expects a string ({@code {"name": 5}} is not a player called "5"), a string where it expects a number or boolean
 * ({@code {"seats": "\u0000"}} is not the default seat count), a fraction where it expects a whole number, and a member
 * given twice ({@code {"type": "pass", "type": "place"}}) are malformed.
 */
@Component
class StrictJson implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        builder.withCoercionConfig(LogicalType.Textual, strings -> strings
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            builder.withCoercionConfig(scalar, numbers -> numbers
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
        }
        // Nor is 0.5 a version or 2.5 a seat count.
        builder.withCoercionConfig(LogicalType.Integer, integers -> integers
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }
}
