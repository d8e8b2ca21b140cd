/**
 * Whether screenshots (image data URLs, e.g. Lighthouse's final screenshot)
 * show a dark page: their mean luminance, decoded by Chromium itself, is
 * below half. Lets a benchmark prove that the theme it asked for rendered.
 */
import { launchBrowser } from '../../tests/support/browser.ts';

export async function isDarkScreenshot(images: string[]): Promise<boolean[]> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    return await page.evaluate(async (sources) => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 16;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      const dark: boolean[] = [];
      for (const src of sources) {
        const image = new Image();
        image.src = src;
        await image.decode();
        ctx.drawImage(image, 0, 0, 16, 16);
        const pixels = ctx.getImageData(0, 0, 16, 16).data;
        let sum = 0;
        for (let i = 0; i < pixels.length; i += 4) sum += (0.2126 * pixels[i] + 0.7152 * pixels[i + 1] + 0.0722 * pixels[i + 2]) / 255;
        dark.push(sum / (pixels.length / 4) < 0.5);
      }
      return dark;
    }, images);
  } finally {
    await browser.close();
  }
}
