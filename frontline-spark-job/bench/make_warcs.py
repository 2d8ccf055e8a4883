#!/usr/bin/env python3
"""Writes a benchmark archive: the corpus's texts as HTML pages in gzipped WARC files, repeated to N articles.

Each page gets its own URL (so no page is a re-crawl of another), its title, its publication date in a meta tag
and its paragraphs, as a crawler would have archived them. One gzip member per record, as Common Crawl writes.
Usage: make_warcs.py CORPUS_DIR OUT_DIR ARTICLES FILES
"""
import gzip
import html
import pathlib
import sys
import uuid


def page(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    meta, body = {}, []
    for i, line in enumerate(lines):
        if ":" in line and not body and line.split(":", 1)[0] in ("URL", "Published", "Source", "Title"):
            key, value = line.split(":", 1)
            meta[key] = value.strip()
        elif line.strip() or body:
            body = lines[i:]
            break
    paragraphs = [p.strip() for p in "\n".join(body).split("\n\n") if p.strip()]
    title, paragraphs = paragraphs[0], paragraphs[1:]
    published = meta.get("Published", "")
    head = f"<title>{html.escape(title)}</title>"
    if published:
        head += f'<meta property="article:published_time" content="{published}">'
    text = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"<!doctype html><html><head>{head}</head><body><article><h1>{html.escape(title)}</h1>{text}</article></body></html>"


def record(url, body):
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + str(len(body)).encode() + b"\r\n\r\n" + body)
    header = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
              f"WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: {url}\r\n"
              f"Content-Type: application/http;msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(header + http + b"\r\n\r\n", compresslevel=6)


def main():
    corpus, out, articles, files = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    pages = [(p.stem, page(p).encode("utf-8")) for p in sorted(corpus.glob("*.txt"))]
    out.mkdir(parents=True, exist_ok=True)
    per_file = -(-articles // files)
    n = 0
    for f in range(files):
        with open(out / f"bench-{f:03d}.warc.gz", "wb") as w:
            for _ in range(min(per_file, articles - n)):
                name, body = pages[n % len(pages)]
                w.write(record(f"https://bench.example/{n // len(pages)}/{name}", body))
                n += 1
    print(f"{n} articles from {len(pages)} texts in {files} WARC files under {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
