from .centre import CentrePage
from .gallery import GalleryPage, GalleryPhoto
from .index import AwardIndexPage
from .snippets import Award, Project, ProjectParticipantGroup
from .story import AwardStoryPage, AwardStoryTag

__all__ = [
    "Award",
    "AwardIndexPage",
    "AwardStoryPage",
    "AwardStoryTag",
    "CentrePage",
    "GalleryPage",
    "GalleryPhoto",
    "Project",
    "ProjectParticipantGroup",
]
