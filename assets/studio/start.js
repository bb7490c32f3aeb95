// The story studio's loader (an external module, for the strict Content-Security-Policy):
// loads the studio's bundle, which mounts into #studio. If it cannot, the page says why in
// place of the studio.
try {
  const { default: init } = await import("./rural-story-studio.js");
  await init();
} catch (error) {
  console.error("rural-story studio:", error);
  const box = document.createElement("p");
  box.className = "studio-error";
  box.setAttribute("role", "alert");
  box.textContent = `The studio could not start: ${error}`;
  (document.getElementById("studio") ?? document.body).replaceChildren(box);
}
