"""StreamField blocks shared by every page body on the network."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

BLOCKS_TEMPLATE_DIR = "components/streamfield/blocks"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subsection heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = f"{BLOCKS_TEMPLATE_DIR}/_heading.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = f"{BLOCKS_TEMPLATE_DIR}/_quote.html"


class CaptionedImageValue(blocks.StructValue):
    def photo_credit(self):
        """The credit typed in the block, or else the one stored with the image."""
        image = self.get("image")
        return self.get("credit") or (image.credit if image else "")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    credit = blocks.CharBlock(
        label=_("Photo credit"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the credit stored with the image."),
    )

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = f"{BLOCKS_TEMPLATE_DIR}/_captioned_image.html"
        value_class = CaptionedImageValue


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=30, help_text=_("For example 54 or 6."))
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1)

    class Meta:
        icon = "order"
        label = _("Key figures")
        template = f"{BLOCKS_TEMPLATE_DIR}/_key_figures.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        icon="pilcrow",
        template=f"{BLOCKS_TEMPLATE_DIR}/_paragraph.html",
    )
    heading = HeadingBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    key_figures = KeyFiguresBlock()
    embed = EmbedBlock(
        label=_("Embedded media"),
        icon="media",
        template=f"{BLOCKS_TEMPLATE_DIR}/_embed.html",
    )


class NonConformityBlock(blocks.StructBlock):
    """One element of a website that is not accessible, for the accessibility statement."""

    element = blocks.CharBlock(label=_("What is not accessible"), max_length=300)
    reason = blocks.TextBlock(label=_("Why"), required=False)
    alternative = blocks.TextBlock(label=_("Accessible alternative"), required=False)

    class Meta:
        icon = "warning"
        label = _("Non-conformity")
        template = f"{BLOCKS_TEMPLATE_DIR}/_non_conformity.html"
