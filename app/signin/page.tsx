import { SignInScreen } from './_components/sign-in-screen';

export default function SignInPage() {
  return <SignInScreen />;
}
