/**
 * Opens the browser's print dialog once the sheet's images have loaded: a Print pressed while the
 * thumbnails are still arriving would print empty boxes. An image that fails, or one still loading
 * after `timeoutMs`, does not hold the print back any longer.
 */
export async function printWhenLoaded(sheet: ParentNode, timeoutMs = 10_000): Promise<void> {
  const pending = [...sheet.querySelectorAll('img')].filter((img) => !img.complete);
  if (pending.length > 0) {
    const loaded = Promise.all(pending.map((img) => img.decode().catch(() => undefined)));
    await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
  }
  window.print();
}
