package dev.codehabit.agent.demo;

import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.desktop.IdleClipper;
import dev.codehabit.agent.idle.InputCounts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Makes up a believable history: weekday work sessions on a few projects (each with its languages and files),
 * light weekends, coffee breaks that end spans with idle signals as the input hook would, web time between
 * sessions on docs, code hosting and some distractions. Seeded, so the same day always looks the same.
 */
public final class DemoHistory {
    private record Project(String name, String[] languages, String[] files, double weight) {}

    private static final Project[] PROJECTS = {
            new Project("codehabit", new String[] {"Java", "Java", "Java", "SQL", "CSS"},
                    new String[] {"agent/src/main/java/App.java", "store/Database.java", "ui/Dashboard.java",
                            "db/V1__schema.sql", "ui/codehabit.css"}, 0.45),
            new Project("web-shop", new String[] {"TypeScript", "TypeScript", "CSS", "HTML"},
                    new String[] {"src/cart.ts", "src/checkout.tsx", "styles/site.css", "index.html"}, 0.25),
            new Project("infra", new String[] {"Go", "YAML", "Bash"},
                    new String[] {"cmd/deploy/main.go", "k8s/app.yaml", "scripts/release.sh"}, 0.15),
            new Project("dotfiles", new String[] {"Lua", "Bash"}, new String[] {"nvim/init.lua", "zshrc"}, 0.07),
            new Project("notes", new String[] {"Markdown"}, new String[] {"journal.md"}, 0.08)};

    private static final String[][] SITES = {
            {"github.com", "8"}, {"stackoverflow.com", "5"}, {"docs.oracle.com", "3"}, {"developer.mozilla.org", "3"},
            {"openjfx.io", "2"}, {"mail.google.com", "3"}, {"news.ycombinator.com", "3"}, {"youtube.com", "2"},
            {"reddit.com", "2"}, {"x.com", "1"}};

    private static final String SOURCE = "demo";
    private final Random random;
    private final ZoneId zone;

    public DemoHistory(long seed, ZoneId zone) {
        this.random = new Random(seed);
        this.zone = zone;
    }

    /**
     * Generates {@code days} days ending with {@code lastDay} (only up to {@code notAfter} on that day),
     * handing heartbeats to {@code out} in time order per day and input minutes to {@code minutes}.
     */
    public void generate(LocalDate lastDay, int days, ZonedDateTime notAfter, Consumer<Heartbeat> out,
                         BiConsumer<Long, InputCounts> minutes) {
        for (LocalDate day = lastDay.minusDays(days - 1L); !day.isAfter(lastDay); day = day.plusDays(1)) {
            generateDay(day, day.equals(lastDay), notAfter.toEpochSecond(), out, minutes);
        }
    }

    private void generateDay(LocalDate day, boolean lastDay, long notAfter, Consumer<Heartbeat> out,
                             BiConsumer<Long, InputCounts> minutes) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (random.nextDouble() < (weekend ? 0.55 : 0.06) && !lastDay) {
            return; // a day off (never the last: the demo is there to show a full Today)
        }
        List<double[]> sessions = new ArrayList<>();
        if (weekend) {
            sessions.add(new double[] {10.5 + random.nextDouble() * 4, 0.7 + random.nextDouble() * 1.6});
        } else {
            sessions.add(new double[] {8.6 + random.nextDouble() * 0.9, 2.2 + random.nextDouble() * 1.4});
            sessions.add(new double[] {13.2 + random.nextDouble() * 0.8, 2.0 + random.nextDouble() * 2.0});
            if (random.nextDouble() < 0.25) {
                sessions.add(new double[] {20.5 + random.nextDouble(), 0.5 + random.nextDouble()});
            }
        }
        ZonedDateTime midnight = day.atStartOfDay(zone);
        double hourNow = (notAfter - midnight.toEpochSecond()) / 3600.0;
        double[] early = null;
        if (lastDay && sessions.getFirst()[0] > hourNow - 0.5) {
            // run before the day's first session would start (early morning): an early session, under way now,
            // that starts with code so that even a run just after midnight shows some
            early = sessions.getFirst();
            early[0] = Math.max(0, hourNow - 1 - random.nextDouble() * 0.5);
            early[1] = Math.max(early[1], hourNow - early[0] + 0.25);
        }
        Project project = pickProject();
        for (double[] session : sessions) {
            double t = midnight.toEpochSecond() + session[0] * 3600;
            double end = t + session[1] * 3600;
            if (random.nextDouble() < 0.5) {
                project = pickProject();
            }
            if (session != early) {
                t = web(t, 300 + random.nextInt(900), notAfter, out, minutes); // mail, news before starting
            }
            while (t < end && t < notAfter) {
                double block = 600 + random.nextInt(2400);
                t = code(project, t, Math.min(end, t + block), notAfter, out, minutes);
                double r = random.nextDouble();
                if (r < 0.35) {
                    t = web(t, 120 + random.nextInt(600), notAfter, out, minutes);
                } else if (r < 0.55) {
                    out.accept(idle(Heartbeat.Stream.CODING, Math.min(t, notAfter))); // never in the future
                    t += 300 + random.nextInt(900); // coffee: away, nothing counts
                } else if (r < 0.62) {
                    project = pickProject();
                }
            }
            out.accept(idle(Heartbeat.Stream.CODING, Math.min(t, notAfter)));
        }
    }

    private double code(Project p, double t, double end, long notAfter, Consumer<Heartbeat> out,
                        BiConsumer<Long, InputCounts> minutes) {
        int file = random.nextInt(p.files().length);
        while (t < end && t < notAfter) {
            if (random.nextDouble() < 0.12) {
                file = random.nextInt(p.files().length);
            }
            int keys = 20 + random.nextInt(160);
            int added = random.nextDouble() < 0.6 ? random.nextInt(9) : 0;
            int deleted = random.nextDouble() < 0.4 ? random.nextInt(5) : 0;
            int generated = added > 4 && random.nextDouble() < 0.3 ? added / 2 : 0;
            out.accept(new Heartbeat(0, Heartbeat.Stream.CODING, t, "/home/dev/" + p.name() + "/" + p.files()[file], "file",
                    "coding", p.name(), "main", p.languages()[file % p.languages().length], null, SOURCE, null,
                    added + deleted > 0, null, null, null,
                    new Heartbeat.Counts(added, deleted, generated, 0, 0, keys, keys, 0), List.of(), null, null, false));
            minutes.accept((long) t / 60, new InputCounts(keys, 2 + random.nextInt(10), 40 + random.nextInt(300), random.nextInt(20)));
            t += 45 + random.nextInt(75);
        }
        return t;
    }

    private double web(double t, double seconds, long notAfter, Consumer<Heartbeat> out, BiConsumer<Long, InputCounts> minutes) {
        double end = t + seconds;
        String site = pickSite();
        while (t < end && t < notAfter) {
            if (random.nextDouble() < 0.3) {
                site = pickSite();
            }
            out.accept(new Heartbeat(0, Heartbeat.Stream.WEB, t, site, "domain", "browsing", null, null, null, null,
                    "browser", null, false, null, null, null, new Heartbeat.Counts(0, 0, 0, 0, 0, 0, 0, random.nextInt(3)),
                    List.of(), null, null, false));
            minutes.accept((long) t / 60, new InputCounts(random.nextInt(15), 3 + random.nextInt(12), 80 + random.nextInt(200), 10 + random.nextInt(60)));
            t += 30 + random.nextInt(60);
        }
        out.accept(idle(Heartbeat.Stream.WEB, Math.min(t, notAfter)));
        return t;
    }

    private Project pickProject() {
        double r = random.nextDouble();
        for (Project p : PROJECTS) {
            r -= p.weight();
            if (r <= 0) {
                return p;
            }
        }
        return PROJECTS[0];
    }

    private String pickSite() {
        int total = 0;
        for (String[] s : SITES) {
            total += Integer.parseInt(s[1]);
        }
        int r = random.nextInt(total);
        for (String[] s : SITES) {
            r -= Integer.parseInt(s[1]);
            if (r < 0) {
                return s[0];
            }
        }
        return SITES[0][0];
    }

    private static Heartbeat idle(Heartbeat.Stream stream, double time) {
        return IdleClipper.idleSignal(stream, time, SOURCE);
    }
}
