"""Fixed vocabularies of Polish public administration."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CentreKind(models.TextChoices):
    GOPS = "GOPS", _("GOPS – commune social-welfare centre")
    MOPS = "MOPS", _("MOPS – town social-welfare centre")
    OPS = "OPS", _("OPS – social-welfare centre")
    MOPR = "MOPR", _("MOPR – city family-support centre")
    PCPR = "PCPR", _("PCPR – county family-support centre")


class Voivodeship(models.TextChoices):
    DOLNOSLASKIE = "dolnoslaskie", "dolnośląskie"
    KUJAWSKO_POMORSKIE = "kujawsko-pomorskie", "kujawsko-pomorskie"
    LUBELSKIE = "lubelskie", "lubelskie"
    LUBUSKIE = "lubuskie", "lubuskie"
    LODZKIE = "lodzkie", "łódzkie"
    MALOPOLSKIE = "malopolskie", "małopolskie"
    MAZOWIECKIE = "mazowieckie", "mazowieckie"
    OPOLSKIE = "opolskie", "opolskie"
    PODKARPACKIE = "podkarpackie", "podkarpackie"
    PODLASKIE = "podlaskie", "podlaskie"
    POMORSKIE = "pomorskie", "pomorskie"
    SLASKIE = "slaskie", "śląskie"
    SWIETOKRZYSKIE = "swietokrzyskie", "świętokrzyskie"
    WARMINSKO_MAZURSKIE = "warminsko-mazurskie", "warmińsko-mazurskie"
    WIELKOPOLSKIE = "wielkopolskie", "wielkopolskie"
    ZACHODNIOPOMORSKIE = "zachodniopomorskie", "zachodniopomorskie"


class AwardLevel(models.TextChoices):
    REGIONAL = "regional", _("regional")
    NATIONAL = "national", _("national")


class AwardCategory(models.TextChoices):
    TEAM = "team", _("team")
    INDIVIDUAL = "individual", _("individual")


class Recipient(models.TextChoices):
    CENTRE = "centre", _("the centre")
    PERSON = "person", _("a named employee")


class ProgrammePeriod(models.TextChoices):
    """EU financial perspectives, each with its own marking rules."""

    P2007_2013 = "2007-2013", "2007–2013"
    P2014_2020 = "2014-2020", "2014–2020"
    P2021_2027 = "2021-2027", "2021–2027"
