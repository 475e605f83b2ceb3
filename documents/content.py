"""What a document's bytes must look like for its extension (``WAGTAILDOCS_EXTENSIONS``).

Wagtail checks only the name, so an HTML page named ``sprawozdanie.pdf`` would
be accepted. Here the content is read: a PDF starts with ``%PDF-``; DOCX and
XLSX are zip packages with their main part (and no macros); ODT and ODS are
zip packages whose ``mimetype`` member names their kind; a text file has no
NUL bytes and does not start with markup. The list is short on purpose: what
a public body publishes (reports, forms, tables), in formats with no scripts.
"""

import zipfile

from django.utils.translation import gettext_lazy as _

ODF_MIMETYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
}
OOXML_MAIN_PARTS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}
# Macros ride in these parts; a real .docx or .xlsx never has them.
OOXML_MACRO_PARTS = ("word/vbaProject.bin", "xl/vbaProject.bin")
TEXT_SAMPLE = 64 * 1024

NOT_WHAT_IT_SAYS = _(
    "The file “%(name)s” is not a valid %(kind)s file: its content does not match its name. "
    "Nothing was saved."
)
HAS_MACROS = _(
    "The file “%(name)s” contains macros, which the website does not publish. "
    "Save it without macros or as PDF. Nothing was saved."
)


class ContentProblem(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def check_content(uploaded, extension):
    """Raise ``ContentProblem`` with the message for the editor if ``uploaded`` is not its kind."""
    checker = CHECKS.get(extension)
    uploaded.seek(0)
    try:
        ok = checker is not None and checker(uploaded, extension)
    finally:
        uploaded.seek(0)
    if not ok:
        raise ContentProblem(NOT_WHAT_IT_SAYS % {"name": uploaded.name, "kind": extension.upper()})


def is_pdf(uploaded, extension):
    return uploaded.read(5) == b"%PDF-"


def zip_names(uploaded):
    try:
        with zipfile.ZipFile(uploaded) as package:
            return set(package.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def is_ooxml(uploaded, extension):
    names = zip_names(uploaded)
    if names is None:
        return False
    if names.intersection(OOXML_MACRO_PARTS):
        raise ContentProblem(HAS_MACROS % {"name": uploaded.name})
    return "[Content_Types].xml" in names and OOXML_MAIN_PARTS[extension] in names


def is_odf(uploaded, extension):
    try:
        with zipfile.ZipFile(uploaded) as package:
            return (
                package.read("mimetype").strip() == ODF_MIMETYPES[extension]
                and "content.xml" in package.namelist()
            )
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return False


def is_text(uploaded, extension):
    sample = uploaded.read(TEXT_SAMPLE)
    if b"\x00" in sample:
        return False
    # A page of HTML or SVG named .txt: nosniff keeps browsers from running it,
    # but it is not a text document either.
    return not sample.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


CHECKS = {
    "pdf": is_pdf,
    "docx": is_ooxml,
    "xlsx": is_ooxml,
    "odt": is_odf,
    "ods": is_odf,
    "txt": is_text,
}
