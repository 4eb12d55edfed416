import { ChangePasswordScreen } from './_components/change-password-screen';

export default function ChangePasswordPage() {
  return <ChangePasswordScreen />;
}
