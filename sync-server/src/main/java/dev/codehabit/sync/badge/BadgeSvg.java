package dev.codehabit.sync.badge;

/**
 * A flat two-part badge in the shields.io look. Text widths are estimated (about 6.5 px a character at 11 px
 * Verdana): close enough for short labels, and every string is XML-escaped before it goes in.
 */
final class BadgeSvg {
    private BadgeSvg() {}

    static String render(String label, String message, String color) {
        int lw = width(label);
        int mw = width(message);
        int total = lw + mw;
        String l = escape(label);
        String m = escape(message);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + total + "\" height=\"20\" role=\"img\" aria-label=\""
                + l + ": " + m + "\"><title>" + l + ": " + m + "</title>"
                + "<linearGradient id=\"s\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#bbb\" stop-opacity=\".1\"/>"
                + "<stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>"
                + "<clipPath id=\"r\"><rect width=\"" + total + "\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>"
                + "<g clip-path=\"url(#r)\"><rect width=\"" + lw + "\" height=\"20\" fill=\"#555\"/>"
                + "<rect x=\"" + lw + "\" width=\"" + mw + "\" height=\"20\" fill=\"" + escape(color) + "\"/>"
                + "<rect width=\"" + total + "\" height=\"20\" fill=\"url(#s)\"/></g>"
                + "<g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" font-size=\"11\">"
                + "<text x=\"" + lw / 2 + "\" y=\"14\">" + l + "</text>"
                + "<text x=\"" + (lw + mw / 2) + "\" y=\"14\">" + m + "</text></g></svg>";
    }

    private static int width(String text) {
        return (int) Math.ceil(text.codePointCount(0, text.length()) * 6.5) + 10;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c < 0x20 ? ' ' : c);
            }
        }
        return b.toString();
    }
}
