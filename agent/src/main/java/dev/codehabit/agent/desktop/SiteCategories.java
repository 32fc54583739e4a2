package dev.codehabit.agent.desktop;

import java.util.List;

/** The user's website categories and productivity levels (issue 3's categories feature), for the settings editor. */
public interface SiteCategories {
    /** @param productivity one of very_productive, productive, neutral, distracting, very_distracting */
    record Rule(String domain, String category, String productivity) {}

    List<Rule> rules();

    void save(Rule rule);

    void remove(String domain);
}
