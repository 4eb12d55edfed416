import { MailOutboxScreen } from './_components/mail-screen';

export default function MailOutboxPage() {
  return <MailOutboxScreen />;
}
