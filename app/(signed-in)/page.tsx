import { HomeScreen } from './_components/home-screen';

export default function HomePage() {
  return <HomeScreen />;
}
