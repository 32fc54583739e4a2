package dev.codehabit.agent.categories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The categories and the few hundred sites CodeHabit knows out of the box (resources/categories/*.tsv). */
public record BuiltInCategories(Map<String, Category> categories, Map<String, String> sites) {

    public BuiltInCategories {
        categories = Map.copyOf(categories);
        sites = Map.copyOf(sites);
    }

    public static BuiltInCategories load() {
        Map<String, Category> categories = new LinkedHashMap<>();
        for (String[] row : rows("categories/builtin-categories.tsv", 3)) {
            categories.put(row[0], new Category(row[0], row[2], Integer.parseInt(row[1]), true));
        }
        Map<String, String> sites = new LinkedHashMap<>();
        for (String[] row : rows("categories/builtin-sites.tsv", 2)) {
            if (!categories.containsKey(row[1])) {
                throw new IllegalStateException("builtin-sites.tsv names unknown category " + row[1]);
            }
            sites.put(Domains.normalize(row[0], "built-in site"), row[1]);
        }
        return new BuiltInCategories(categories, sites);
    }

    private static List<String[]> rows(String resource, int columns) {
        try (InputStream in = BuiltInCategories.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns in: " + line);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
