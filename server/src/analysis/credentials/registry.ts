// The credential rule set: one file per provider in `rules/`, one line here each. Every
// exported rule of a listed module is in the set; a provider with several formats (GitHub's
// token kinds) keeps them in its one file.
import type { CredentialRule } from './types';
import * as age from './rules/age';
import * as airtable from './rules/airtable';
import * as algolia from './rules/algolia';
import * as anthropic from './rules/anthropic';
import * as asana from './rules/asana';
import * as atlassian from './rules/atlassian';
import * as auth0 from './rules/auth0';
import * as aws from './rules/aws';
import * as azure from './rules/azure';
import * as brevo from './rules/brevo';
import * as cloudflare from './rules/cloudflare';
import * as cohere from './rules/cohere';
import * as connectionString from './rules/connectionString';
import * as databricks from './rules/databricks';
import * as datadog from './rules/datadog';
import * as digitalocean from './rules/digitalocean';
import * as discord from './rules/discord';
import * as docker from './rules/docker';
import * as doppler from './rules/doppler';
import * as figma from './rules/figma';
import * as github from './rules/github';
import * as gitlab from './rules/gitlab';
import * as google from './rules/google';
import * as grafana from './rules/grafana';
import * as groq from './rules/groq';
import * as hashicorp from './rules/hashicorp';
import * as hubspot from './rules/hubspot';
import * as huggingface from './rules/huggingface';
import * as jwt from './rules/jwt';
import * as linear from './rules/linear';
import * as mailchimp from './rules/mailchimp';
import * as mailgun from './rules/mailgun';
import * as microsoftTeams from './rules/microsoftTeams';
import * as newRelic from './rules/newRelic';
import * as notion from './rules/notion';
import * as npm from './rules/npm';
import * as nuget from './rules/nuget';
import * as okta from './rules/okta';
import * as onePassword from './rules/onePassword';
import * as openai from './rules/openai';
import * as openrouter from './rules/openrouter';
import * as paypal from './rules/paypal';
import * as perplexity from './rules/perplexity';
import * as postman from './rules/postman';
import * as postmark from './rules/postmark';
import * as privateKey from './rules/privateKey';
import * as pulumi from './rules/pulumi';
import * as pypi from './rules/pypi';
import * as replicate from './rules/replicate';
import * as rubygems from './rules/rubygems';
import * as salesforce from './rules/salesforce';
import * as sendgrid from './rules/sendgrid';
import * as sentry from './rules/sentry';
import * as shopify from './rules/shopify';
import * as slack from './rules/slack';
import * as square from './rules/square';
import * as stripe from './rules/stripe';
import * as tailscale from './rules/tailscale';
import * as telegram from './rules/telegram';
import * as twilio from './rules/twilio';
import * as urlPassword from './rules/urlPassword';
import * as vercel from './rules/vercel';
import * as xai from './rules/xai';
import * as zendesk from './rules/zendesk';

const MODULES: Array<Record<string, CredentialRule>> = [
  age,
  airtable,
  algolia,
  anthropic,
  asana,
  atlassian,
  auth0,
  aws,
  azure,
  brevo,
  cloudflare,
  cohere,
  connectionString,
  databricks,
  datadog,
  digitalocean,
  discord,
  docker,
  doppler,
  figma,
  github,
  gitlab,
  google,
  grafana,
  groq,
  hashicorp,
  hubspot,
  huggingface,
  jwt,
  linear,
  mailchimp,
  mailgun,
  microsoftTeams,
  newRelic,
  notion,
  npm,
  nuget,
  okta,
  onePassword,
  openai,
  openrouter,
  paypal,
  perplexity,
  postman,
  postmark,
  privateKey,
  pulumi,
  pypi,
  replicate,
  rubygems,
  salesforce,
  sendgrid,
  sentry,
  shopify,
  slack,
  square,
  stripe,
  tailscale,
  telegram,
  twilio,
  urlPassword,
  vercel,
  xai,
  zendesk,
];

export const CREDENTIAL_RULES: readonly CredentialRule[] = MODULES.flatMap((m) => Object.values(m));
