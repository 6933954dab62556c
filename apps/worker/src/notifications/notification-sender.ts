/** One email, ready to go. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Delivers notification emails. The product records every notification whether or not a sender
 * is configured; SMTP (nodemailer) is the one shipped, and another channel implements this.
 */
export interface NotificationSender {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

export const NOTIFICATION_SENDER = Symbol('NotificationSender');
