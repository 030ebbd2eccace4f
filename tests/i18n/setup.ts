import { installFakeMessages } from './fake-messages';

// Every unit test sees the interface in English, as a browser with no other locale would show it.
installFakeMessages();
