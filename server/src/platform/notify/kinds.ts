/** The job that sends one notification; its payload names the notification. */
export const NOTIFY_SEND = 'notify.send';

export interface NotifySendPayload {
  id: string;
}
