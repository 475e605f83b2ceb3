from .centre import CentrePage
from .gallery import GalleryPage, GalleryPhoto
from .index import AwardIndexPage
from .snippets import Award, Project, ProjectParticipantGroup
from .story import AwardStoryPage, AwardStoryTag
from .workspace import CentreWorkspace

__all__ = [
    "Award",
    "AwardIndexPage",
    "AwardStoryPage",
    "AwardStoryTag",
    "CentrePage",
    "CentreWorkspace",
    "GalleryPage",
    "GalleryPhoto",
    "Project",
    "ProjectParticipantGroup",
]
