import { VerifyScreen } from './_components/verify-screen';

export default function VerifySecondFactorPage() {
  return <VerifyScreen />;
}
