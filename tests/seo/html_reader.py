"""What a crawler reads from a page, collected with the standard HTML parser."""

import json
from html.parser import HTMLParser


class PageReader(HTMLParser):
    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.json_ld = []
        self.meta = {}
        self.links = []
        self.anchors = []
        self.scripts_with_src = []
        self.iframes = 0
        self.marking_alts = []
        self.marking_srcs = []
        self._in_json_ld = False
        self._in_marking = False
        self._buffer = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            if attrs.get("src"):
                self.scripts_with_src.append(attrs["src"])
            self._in_json_ld = attrs.get("type") == "application/ld+json"
            self._buffer = []
        elif tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta[key] = attrs.get("content")
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "a":
            self.anchors.append(attrs)
        elif tag == "iframe":
            self.iframes += 1
        elif tag == "ul" and "eu-marking__strip" in attrs.get("class", ""):
            self._in_marking = True
        elif tag == "img" and self._in_marking:
            self.marking_alts.append(attrs.get("alt"))
            self.marking_srcs.append(attrs.get("src"))

    def handle_endtag(self, tag):
        if tag == "script" and self._in_json_ld:
            self.json_ld.append(json.loads("".join(self._buffer)))
            self._in_json_ld = False
        elif tag == "ul":
            self._in_marking = False

    def handle_data(self, data):
        if self._in_json_ld:
            self._buffer.append(data)

    def things(self, schema_type):
        """Every JSON-LD node of ``schema_type`` on the page."""
        return [
            node
            for document in self.json_ld
            for node in document.get("@graph", [document])
            if node.get("@type") == schema_type
        ]

    def hrefs(self, **attrs):
        return [
            link["href"]
            for link in self.links
            if all(link.get(key) == value for key, value in attrs.items())
        ]
