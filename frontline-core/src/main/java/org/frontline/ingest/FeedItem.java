package org.frontline.ingest;

import org.frontline.model.Article;

import java.time.LocalDate;

/**
 * One entry of an RSS or Atom feed, as a feed watcher needs it: what identifies it across polls, where its page
 * is, and the article its own text makes, if it carries any.
 *
 * @param key       the entry's id (RSS guid, Atom id), else its link, else its position: stable across polls
 * @param link      the address of the entry's page, an absolute http(s) URL; null if it has none
 * @param title     the entry's title as the feed gives it, null if none
 * @param published the entry's day (UTC), null if it has none
 * @param article   the article of the entry's own text (full content, else summary); null for a title-only entry
 */
public record FeedItem(String key, String link, String title, LocalDate published, Article article) {
}
