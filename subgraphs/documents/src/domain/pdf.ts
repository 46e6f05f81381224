// A file that starts with `%PDF-` is not yet a PDF: five bytes, or `%PDF-1.4` followed by HTML, were once stored and
// served back as PDFs. An upload is a PDF when a PDF parser (pdf-lib) reads its document catalogue and finds a page.
import { PDFDocument } from 'pdf-lib';

export async function isReadablePdf(bytes: Uint8Array): Promise<boolean> {
  try {
    // Encrypted PDFs (owner passwords on official documents) are accepted when their page tree is readable.
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    return doc.getPageCount() > 0;
  } catch {
    return false;
  }
}
