package dev.codehabit.agent.categories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The user's category rules and level overrides in SQLite (V5). */
final class CategoryStore {

    List<CategoryRule> rules(Connection c) throws SQLException {
        List<CategoryRule> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT kind, pattern, category FROM category_rule ORDER BY position")) {
            while (rs.next()) {
                out.add(new CategoryRule(CategoryRule.Kind.parse(rs.getString(1)), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    Map<String, Integer> levels(Connection c) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT category, level FROM category_level ORDER BY category")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    void replaceRules(Connection c, List<CategoryRule> rules) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM category_rule");
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO category_rule (position, kind, pattern, category) VALUES (?,?,?,?)")) {
            int position = 0;
            for (CategoryRule rule : rules) {
                s.setInt(1, position++);
                s.setString(2, rule.kind().key());
                s.setString(3, rule.pattern());
                s.setString(4, rule.category());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    void replaceLevels(Connection c, Map<String, Integer> levels) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM category_level");
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO category_level (category, level) VALUES (?,?)")) {
            for (Map.Entry<String, Integer> e : levels.entrySet()) {
                s.setString(1, e.getKey());
                s.setInt(2, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
