package org.frontline.ingest;

/**
 * A paragraph-sized piece of page text, with what the markup said about it.
 *
 * @param text        the text, on one line
 * @param role        what the markup made of it; plain text gives {@link Role#PARAGRAPH}, or
 *                    {@link Role#LIST_ITEM} for a bulleted line
 * @param linkDensity share of the characters inside links, 0 for plain text
 */
record TextBlock(String text, Role role, double linkDensity) {

    enum Role { PARAGRAPH, HEADING, LIST_ITEM, CAPTION }

    static TextBlock paragraph(String text) {
        return new TextBlock(text, Role.PARAGRAPH, 0);
    }
}
