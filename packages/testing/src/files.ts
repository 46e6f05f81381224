// Sample uploads: the documents subgraph parses a PDF before it accepts it, so tests upload a real (tiny) one.

/** A one-page PDF that a PDF parser reads; `text` makes its bytes (and so its content address) differ. */
export const samplePdf = (text = 'Anze') =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
