// The credential rule set: one file per provider in `rules/`, one line here each. Every
// exported rule of a listed module is in the set.
import type { CredentialRule } from './types';
import * as ai from './rules/ai';
import * as anthropic from './rules/anthropic';
import * as atlassian from './rules/atlassian';
import * as aws from './rules/aws';
import * as azure from './rules/azure';
import * as chat from './rules/chat';
import * as github from './rules/github';
import * as gitlab from './rules/gitlab';
import * as google from './rules/google';
import * as identity from './rules/identity';
import * as jwt from './rules/jwt';
import * as mail from './rules/mail';
import * as npm from './rules/npm';
import * as observability from './rules/observability';
import * as openai from './rules/openai';
import * as payments from './rules/payments';
import * as platforms from './rules/platforms';
import * as privateKey from './rules/privateKey';
import * as registries from './rules/registries';
import * as saas from './rules/saas';
import * as sendgrid from './rules/sendgrid';
import * as slack from './rules/slack';
import * as stripe from './rules/stripe';
import * as twilio from './rules/twilio';
import * as urlPassword from './rules/urlPassword';

const MODULES: Array<Record<string, CredentialRule>> = [
  aws, google, azure, github, gitlab, atlassian, slack, chat, stripe, payments, sendgrid, mail, twilio,
  openai, anthropic, ai, observability, npm, registries, identity, jwt, privateKey, urlPassword, platforms, saas,
];

export const CREDENTIAL_RULES: readonly CredentialRule[] = MODULES.flatMap((m) => Object.values(m));
