package dev.codehabit.agent.categories;

import dev.codehabit.agent.refusal.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A site category and how productive time in it is.
 *
 * @param level -2 very distracting, -1 distracting, 0 neutral, +1 productive, +2 very productive
 */
public record Category(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("level") int level,
        @JsonProperty("builtin") boolean builtin) {

    public static final int MIN_LEVEL = -2;
    public static final int MAX_LEVEL = 2;

    public Category {
        checkId(id);
        checkLevel(level);
    }

    public Category withLevel(int newLevel) {
        return new Category(id, name, newLevel, builtin);
    }

    static void checkId(String id) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new InvalidInputException(
                    "category id must be 1-40 lowercase letters, digits or '-', got: " + id);
        }
    }

    static void checkLevel(int level) {
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new InvalidInputException("productivity level must be between -2 and 2, got: " + level);
        }
    }
}
