/** Saves text as a file: a Blob behind a temporary <a download>, clicked and removed. */
export function downloadText(filename: string, mime: string, content: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // the download has started from the click; give the browser a moment before the URL goes
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
