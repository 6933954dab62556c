import { APP_CONFIG, type AppConfig } from '@app/config';
import { TextCipher } from '@app/platform';
import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';

/** The sealing key for grievance texts; a clear 503 when the deployment has none configured. */
@Injectable()
export class GrievanceCipher {
  private readonly cipher: TextCipher | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.cipher = config.GRIEVANCE_TEXT_KEY ? new TextCipher(config.GRIEVANCE_TEXT_KEY) : null;
  }

  get(): TextCipher {
    if (!this.cipher)
      throw new HttpException(
        'Grievance channels are not available: the operator has not set GRIEVANCE_TEXT_KEY',
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    return this.cipher;
  }
}
