// What a server feature is: it registers its handlers on the session and returns the capabilities
// it adds. Its own module because every feature names this type and features.ts names every
// feature: kept there it made an import cycle.
import type { ServerCapabilities } from 'vscode-languageserver/node';
import type { Session } from './session';
import type { IndexController } from './workspaceIndex';

export type Feature = (session: Session, indexer: IndexController) => ServerCapabilities;
