package org.frontline.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts an HTML element into paragraph-sized blocks: each block element's own text, and each run of text
 * between line breaks, with the share of it inside links. jsoup gives the text but not this block structure,
 * which the boilerplate rules (link density, headings, captions) need.
 */
final class HtmlBlocks {

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "button", "form", "select", "input", "textarea", "nav", "aside", "footer", "head");
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "body", "center",
            "details", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
            "tfoot", "th", "thead", "tr", "ul");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private TextBlock.Role runRole = TextBlock.Role.PARAGRAPH;
    private int runChars;
    private int linkChars;

    private HtmlBlocks() {
    }

    static List<TextBlock> of(Element root) {
        HtmlBlocks builder = new HtmlBlocks();
        builder.visitChildren(root, roleOf(root.normalName(), TextBlock.Role.PARAGRAPH), false);
        builder.flush();
        return builder.blocks;
    }

    private void visitChildren(Element element, TextBlock.Role role, boolean inLink) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                append(text.getWholeText(), role, inLink);
            } else if (child instanceof Element e) {
                visit(e, role, inLink);
            }
        }
    }

    private void visit(Element e, TextBlock.Role role, boolean inLink) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (tag.equals("br")) {
            flush();
        } else if (BLOCKS.contains(tag)) {
            flush();
            visitChildren(e, roleOf(tag, role), inLink);
            flush();
        } else {
            visitChildren(e, role, inLink || tag.equals("a"));
        }
    }

    private void append(String text, TextBlock.Role role, boolean inLink) {
        int visible = (int) text.chars().filter(c -> !Character.isWhitespace(c)).count();
        if (visible == 0) {
            run.append(text);
            return;
        }
        if (runChars == 0) {
            runRole = role;
        }
        run.append(text);
        runChars += visible;
        if (inLink) {
            linkChars += visible;
        }
    }

    private void flush() {
        if (runChars > 0) {
            blocks.add(new TextBlock(run.toString(), runRole, linkChars / (double) runChars));
        }
        run.setLength(0);
        runChars = 0;
        linkChars = 0;
    }

    /** The role a block element gives its text; inside a figure everything is caption. */
    private static TextBlock.Role roleOf(String tag, TextBlock.Role outer) {
        if (outer == TextBlock.Role.CAPTION || tag.equals("figure") || tag.equals("figcaption")) {
            return TextBlock.Role.CAPTION;
        }
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> TextBlock.Role.HEADING;
            case "li", "dt", "dd" -> TextBlock.Role.LIST_ITEM;
            default -> outer == TextBlock.Role.LIST_ITEM ? TextBlock.Role.LIST_ITEM : TextBlock.Role.PARAGRAPH;
        };
    }
}
