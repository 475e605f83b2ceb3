/*
 * Gallery lightbox, a progressive enhancement.
 *
 * Without this script every thumbnail is a plain link to the large photo. With
 * it, a click opens the photo in a native modal <dialog> (which traps focus and
 * closes on Escape by itself), with its caption, "n of m", and previous, next
 * and close buttons; Left and Right arrows move between photos. When the dialog
 * closes, focus goes back to the thumbnail link that opened it.
 *
 * The markup and its translated labels come from <template id="lightbox-template">
 * in templates/pages/gallery_page.html.
 */
(function () {
  "use strict";

  var template = document.getElementById("lightbox-template");
  var galleries = document.querySelectorAll("[data-lightbox]");
  if (!template || !galleries.length || typeof HTMLDialogElement !== "function") {
    return;
  }

  var dialog = template.content.querySelector("dialog").cloneNode(true);
  var frame = dialog.querySelector("[data-lightbox-frame]");
  var caption = dialog.querySelector("[data-lightbox-caption]");
  var counter = dialog.querySelector("[data-lightbox-counter]");
  var previousButton = dialog.querySelector("[data-lightbox-previous]");
  var nextButton = dialog.querySelector("[data-lightbox-next]");
  var closeButton = dialog.querySelector("[data-lightbox-close]");
  var counterText = dialog.getAttribute("data-counter") || "{current} / {total}";

  var image = document.createElement("img");
  image.className = "lightbox__image";
  image.decoding = "async";
  image.alt = "";
  frame.appendChild(image);
  document.body.appendChild(dialog);

  var links = [];
  var index = 0;
  var opener = null;

  function preload(link) {
    if (link) {
      new Image().src = link.href;
    }
  }

  function show(newIndex) {
    index = (newIndex + links.length) % links.length;
    var link = links[index];
    var thumbnail = link.querySelector("img");
    var figcaption = link.closest("figure") && link.closest("figure").querySelector("figcaption");

    image.removeAttribute("src");
    if (link.dataset.width && link.dataset.height) {
      image.width = Number(link.dataset.width);
      image.height = Number(link.dataset.height);
    }
    image.alt = thumbnail ? thumbnail.alt : "";
    image.src = link.href;

    caption.replaceChildren();
    if (figcaption) {
      figcaption.childNodes.forEach(function (node) {
        caption.appendChild(node.cloneNode(true));
      });
    }
    caption.hidden = !caption.textContent.trim();

    counter.textContent = counterText
      .replace("{current}", String(index + 1))
      .replace("{total}", String(links.length));

    if (links.length > 1) {
      preload(links[(index + 1) % links.length]);
      preload(links[(index - 1 + links.length) % links.length]);
    }
  }

  function open(galleryLinks, link) {
    links = galleryLinks;
    opener = link;
    var several = links.length > 1;
    previousButton.hidden = !several;
    nextButton.hidden = !several;
    show(links.indexOf(link));
    dialog.showModal();
    closeButton.focus();
  }

  galleries.forEach(function (gallery) {
    var galleryLinks = Array.prototype.slice.call(
      gallery.querySelectorAll("a[data-lightbox-item]")
    );
    galleryLinks.forEach(function (link) {
      link.addEventListener("click", function (event) {
        // Let people open the photo in a new tab or window as usual.
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
          return;
        }
        event.preventDefault();
        open(galleryLinks, link);
      });
    });
  });

  previousButton.addEventListener("click", function () {
    show(index - 1);
  });
  nextButton.addEventListener("click", function () {
    show(index + 1);
  });
  closeButton.addEventListener("click", function () {
    dialog.close();
  });

  dialog.addEventListener("keydown", function (event) {
    if (links.length < 2) {
      return;
    }
    if (event.key === "ArrowLeft") {
      event.preventDefault();
      show(index - 1);
    } else if (event.key === "ArrowRight") {
      event.preventDefault();
      show(index + 1);
    }
  });

  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) {
      dialog.close();
    }
  });

  // Escape closes the dialog natively; either way, focus returns to the thumbnail.
  dialog.addEventListener("close", function () {
    if (opener) {
      opener.focus();
    }
  });
})();
