"""Text that XML 1.0 can carry, whatever an editor typed or pasted.

XML 1.0 forbids most C0 control characters (and U+FFFE/U+FFFF), and Django's
feed generator refuses them with an exception (a 500), so they are dropped
before any text goes into a feed. Escaping of ``&``, ``<`` and ``]]>`` is left
to the XML writer, which does it right.
https://www.w3.org/TR/xml/#charsets
"""

import re

_NOT_XML_10 = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(value):
    return _NOT_XML_10.sub("", str(value or ""))
