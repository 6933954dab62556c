import { createTransport, type Transporter } from 'nodemailer';
import type { NotificationSender, OutgoingEmail } from './notification-sender';

/** Sends through the SMTP server named by SMTP_URL, one pooled connection at a time. */
export class SmtpSender implements NotificationSender {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    const url = new URL(smtpUrl);
    url.searchParams.set('pool', 'true');
    this.transport = createTransport(url.toString());
  }

  async send(email: OutgoingEmail): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...email });
  }

  close(): void {
    this.transport.close();
  }
}
