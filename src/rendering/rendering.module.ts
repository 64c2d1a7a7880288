import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { ChromiumNotFound, findChromium } from './find-chromium';
import { PdfRenderer } from './pdf-renderer';

export const RENDERER = Symbol('PdfRenderer');

/** The PDF renderer, or null when no Chromium is installed (the service still runs). */
@Global()
@Module({
  providers: [
    {
      provide: RENDERER,
      inject: [CONFIG],
      useFactory: (config: Config): PdfRenderer | null => {
        try {
          return new PdfRenderer({
            chromiumPath: findChromium(config.CHROMIUM_PATH),
            poolSize: config.RENDER_POOL_SIZE,
            timeoutMs: config.RENDER_TIMEOUT_MS,
            maxHtmlBytes: 2 * 1024 * 1024,
            maxPdfBytes: 20 * 1024 * 1024,
          });
        } catch (error) {
          if (!(error instanceof ChromiumNotFound)) throw error;
          new Logger('rendering').error(error.message);
          return null;
        }
      },
    },
  ],
  exports: [RENDERER],
})
export class RenderingModule implements OnApplicationShutdown {
  constructor(@Inject(RENDERER) private readonly renderer: PdfRenderer | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.renderer?.close();
  }
}
