// Hover titles for the bars, then mark the chart as drawn (the benchmark waits for it).
for (const bar of document.querySelectorAll("svg rect[data-value]")) {
  const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
  title.textContent = bar.dataset.label + "：" + bar.dataset.value + "支";
  bar.append(title);
}
document.documentElement.setAttribute("data-drawn", "");
