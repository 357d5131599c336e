/**
 * Generated from the server's OpenAPI document by `npm run api:types`; do not edit. A test fails
 * when it drifts from the server.
 */
/* eslint-disable max-lines */
export interface paths {
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Service and database status */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers (the database is not asked) */
    get: operations['getHealthLive'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: the database answers within 2 seconds and has every migration */
    get: operations['getHealthReady'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/regions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Regions (maakunnat) with Statistics Finland and NUTS 3 codes */
    get: operations['listRegions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/municipalities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Municipalities with their regions */
    get: operations['listMunicipalities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/municipalities/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One municipality */
    get: operations['getMunicipality'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/industries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Industry classification (TOL 2008 built in; deeper levels and TOL 2025 when imported) */
    get: operations['listIndustries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/national-baseline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What location quotients compare with: the national tables imported (Statistics Finland) and whether a YTJ import read the whole register */
    get: operations['getNationalBaseline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with e-mail and password (and a TOTP code when enabled) */
    post: operations['signIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End this session */
    post: operations['signOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who am I: user, workspaces, roles and the CSRF token for writes */
    get: operations['getCurrentSession'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password (ends your other sessions) */
    post: operations['changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/totp/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start setting up a TOTP second factor */
    post: operations['setUpTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/totp/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn the TOTP second factor on (confirm with a current code) */
    post: operations['enableTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/totp/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn the TOTP second factor off (confirm with a current code) */
    post: operations['disableTotp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout-everywhere': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End every session of your account, this one too (API tokens stay; revoke them apart) */
    post: operations['signOutEverywhere'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything kept about your own account: details, memberships, API tokens, audit entries, workshop participations */
    get: operations['exportMyData'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which ways to sign in this installation offers (the sign-in page shows them) */
    get: operations['getSignInOptions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List users */
    get: operations['listAdminUsers'];
    put?: never;
    /** Create a user; without a password they sign in with a one-time link */
    post: operations['createAdminUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a user: name, admin role, disabled (disabling ends their sessions) */
    patch: operations['updateAdminUser'];
    trace?: never;
  };
  '/api/v1/admin/users/{id}/login-link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A one-time sign-in link for a user (valid 24 hours) */
    post: operations['createAdminUserLoginLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/workspaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List workspaces */
    get: operations['listAdminWorkspaces'];
    put?: never;
    /** Create a workspace (a town, development company or consultancy keeping data here) */
    post: operations['createAdminWorkspace'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/workspaces/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A workspace's members and their roles */
    get: operations['listAdminWorkspaceMembers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/workspaces/{id}/networks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The networks a workspace belongs to (whose members read its network-shared records) */
    get: operations['listAdminWorkspaceNetworks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/networks/{id}/coordinators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A network's coordinators */
    get: operations['listAdminNetworkCoordinators'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/workspaces/{a}/members/{b}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Make a user an editor or viewer of a workspace */
    put: operations['setAdminWorkspaceMember'];
    post?: never;
    /** Undo: Make a user an editor or viewer of a workspace */
    delete: operations['deleteAdminWorkspaceMember'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/workspaces/{a}/networks/{b}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Make a workspace a member of a network (its network-shared records become readable there) */
    put: operations['setAdminWorkspaceNetwork'];
    post?: never;
    /** Undo: Make a workspace a member of a network (its network-shared records become readable there) */
    delete: operations['deleteAdminWorkspaceNetwork'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/networks/{a}/coordinators/{b}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Make a user a coordinator of a network */
    put: operations['setAdminNetworkCoordinator'];
    post?: never;
    /** Undo: Make a user a coordinator of a network */
    delete: operations['deleteAdminNetworkCoordinator'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log, newest first */
    get: operations['listAdminAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/accessibility-feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Feedback on the public pages’ accessibility, newest first */
    get: operations['listAdminAccessibilityFeedback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/accessibility-feedback/{id}/handled': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Mark feedback handled, or not yet handled */
    put: operations['setAdminAccessibilityFeedbackHandled'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your API tokens (never their secrets) */
    get: operations['listTokens'];
    put?: never;
    /** Create an API token; the secret is in this response only */
    post: operations['createToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API token */
    delete: operations['deleteToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The webhook endpoints of the workspaces you are an editor of, every one for an installation admin (never their secrets) */
    get: operations['listWebhooks'];
    put?: never;
    /**
     * Register an endpoint; its signing secret is in this response only
     * @description The address must be http(s) and resolve to public addresses only, unless an installation admin sets allowPrivateNetwork.
     */
    post: operations['createWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an endpoint and its delivery log */
    delete: operations['deleteWebhook'];
    options?: never;
    head?: never;
    /** Change an endpoint: its address, events, private-network permission, or turn it off */
    patch: operations['updateWebhook'];
    trace?: never;
  };
  '/api/v1/webhooks/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace the signing secret; the new one is in this response only */
    post: operations['rotateSecretWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn a disabled endpoint on again */
    post: operations['enableWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue a webhook.test event to this endpoint */
    post: operations['testWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The delivery log of an endpoint, newest first (the last 100) */
    get: operations['listWebhookDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/changes/cursor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A start cursor: ask for it before a full load, then follow the changes from it */
    get: operations['getChangeFeedStart'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A resource's records created, updated and deleted after the cursor, as far as the caller may read them
     * @description Items come in the order of the log. A page may hold fewer items than limit (changes of records you may not read are left out): keep nextCursor and ask again while hasMore. A cursor older than the changes kept answers 410: reload in full from a new start cursor.
     */
    get: operations['listChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/changes/recent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Records changed lately, newest first: only those the caller may read */
    get: operations['listRecentChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything about one person across all tables (GDPR access request) */
    get: operations['getPersonExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people/{id}/erase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase a person everywhere (GDPR erasure); the audit log keeps only the fact */
    post: operations['erasePerson'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pictures/snapshots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Saved snapshots of a scope, newest first */
    get: operations['listPictureSnapshots'];
    put?: never;
    /**
     * Save today's picture of a scope as a dated snapshot
     * @description The snapshot holds what every one of its readers may read: a network-shared snapshot only the public records and the workspace's network-shared ones, a private one what the workspace's members see.
     */
    post: operations['createPictureSnapshot'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pictures/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What changed in a scope's picture since a saved snapshot
     * @description Today's picture is computed as the snapshot's readers see the scope, so the two compare like for like.
     */
    get: operations['getPictureChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pictures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The situational picture of a scope: composition, network, specialisation, competences, strengths, peers */
    get: operations['getPictures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pictures/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The picture as a report a town can publish or edit further, in the reader’s language: Word (docx), PDF, Excel (xlsx) or a print view (html) */
    get: operations['getPictureAsReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/picture-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Report documents you may read, of one scope or all */
    get: operations['getPictureReports'];
    put?: never;
    /**
     * Start a scope's report document from today's written picture
     * @description The text is written from the picture as every reader of the document sees the scope (its visibility decides who). The workspace's development proposals of the scope come along as editors' proposals.
     */
    post: operations['createPictureReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/picture-reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A report document with its sections, proposals and marks */
    get: operations['getPictureReport'];
    put?: never;
    post?: never;
    /**
     * Remove a report document and its history
     * @description Goals and development actions accepted from it stay in their strategies, without the link.
     */
    delete: operations['deletePictureReport'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/picture-reports/{id}/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Save one change: edit, reset, hide, move or add a section; decide on or add a proposal
     * @description Every save is a new version. A save against an older version than the latest is refused (409).
     */
    post: operations['applyPictureReportChanges'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/picture-reports/{id}/recompute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Recompute the picture into the report without touching the editors' words
     * @description Untouched sections take the new text; edited ones keep theirs and are marked when their evidence changed since the edit; new proposals are added, vanished ones marked.
     */
    post: operations['recomputePictureReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/picture-reports/{id}/publication': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish the report, or take it back */
    post: operations['publishPictureReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/picture-reports/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The report’s history, newest first: who saved, when and what changed */
    get: operations['getPictureReportVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/picture-reports/{id}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The report as one of its versions saved it */
    get: operations['getPictureReportVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/picture-reports/{id}/written': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The edited report as a written picture: the visible sections in order, in the editors’ words
     * @description What the Word and PDF renderers take.
     */
    get: operations['getPictureReportWritten'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/picture-reports/{id}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The edited report as Word (docx), PDF, Excel (xlsx) or a print view (html), in its language
     * @description The editors’ text over today’s figures, as every reader of the document sees the scope.
     */
    get: operations['getPictureReportFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/picture-reports/{id}/proposals/{key}/strategy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept a proposal into the scope's strategy as a goal or a development action, in one step
     * @description The goal or action names the report and the proposal (pictureReportId, reportProposalKey), so it leads back to the evidence. All of it, or nothing, is saved.
     */
    post: operations['createPictureReportProposalStrategy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/consortia': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Consortia you may read, of one funding call or all */
    get: operations['getConsortia'];
    put?: never;
    /**
     * Start a consortium for a funding call, with partners or none yet
     * @description A call, project, organisation or person you cannot see answers 404, as if it did not exist.
     */
    post: operations['createConsortium'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/consortia/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A consortium with its funding call and partners */
    get: operations['getConsortium'];
    put?: never;
    post?: never;
    /** Remove a consortium (a project made from it stays) */
    delete: operations['deleteConsortium'];
    options?: never;
    head?: never;
    /** Rename a consortium, change its notes, visibility or project */
    patch: operations['updateConsortium'];
    trace?: never;
  };
  '/api/v1/consortia/{id}/partners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add an organisation to the consortium in a role
     * @description An organisation or contact person you cannot see answers 404, as if it did not exist; an organisation already in the consortium 409.
     */
    post: operations['addConsortiumPartner'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/consortia/{id}/partners/{organisationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove an organisation from the consortium */
    delete: operations['deleteConsortiumPartner'];
    options?: never;
    head?: never;
    /** Change a partner's role, budget or contact person */
    patch: operations['updateConsortiumPartner'];
    trace?: never;
  };
  '/api/v1/consortia/{id}/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The call's rules checked against the consortium, with suggestions for the rules not met
     * @description A network rule counts distinct member towns (a partner is in the town of the member that is the partner or whose municipalities include its own), not organisations. Suggestions are organisations you may read that would meet a failing rule.
     */
    get: operations['getConsortiumCheck'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/consortia/{id}/rules/{index}/tick': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Tick a call's free-text rule as seen to in this consortium, or take the tick away
     * @description Only a free-text rule (kind note) is ticked; any other place answers 404.
     */
    put: operations['setConsortiumRuleTick'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/consortia/{id}/to-project': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Make the consortium the project's roles, creating the project linked to the call if none
     * @description All of it, or nothing, is saved. Roles the project already has stay.
     */
    post: operations['convertConsortiumToProject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/consortia/{id}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The partner list as Excel (partners, roles, towns, business IDs, contacts by role) or Word */
    get: operations['getConsortiumFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{id}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The report drafts of a project you may read, latest period first */
    get: operations['listProjectReports'];
    put?: never;
    /**
     * Start a report of the project for a period from a template, its texts begun from the data
     * @description Only the editors of the project’s workspace start one; a project you cannot see is 404.
     */
    post: operations['createProjectReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/project-reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A report draft with its sections, texts and the data of its period */
    get: operations['getProjectReport'];
    put?: never;
    post?: never;
    /** Remove a report draft */
    delete: operations['deleteProjectReport'];
    options?: never;
    head?: never;
    /** Change the texts of sections, or which sections and rows are left out */
    patch: operations['updateProjectReport'];
    trace?: never;
  };
  '/api/v1/project-reports/{id}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The report as Word or Excel, its data read now, its texts and omissions as saved */
    get: operations['getProjectReportFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ecosystems/{id}/eccp-profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The ecosystem as a European Cluster Collaboration Platform (ECCP) cluster profile, with the check of ECCP’s registration criteria and what is missing
     * @description Made of what the caller may read: members, needs and contacts out of their sight are left out. Themes map to ECCP sectors, EU industrial ecosystems and emerging industries by a documented table; TOL 2008 codes become NACE Rev. 2 codes.
     */
    get: operations['getEcosystemEccpProfile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exports/ecosystems/{id}/eccp-profile.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ECCP cluster profile as a Word document in English, the readiness check first, field by field */
    get: operations['getExportEcosystemEccpProfileDocx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workshops': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Workshops you may read, of a strategy or an event or all */
    get: operations['getWorkshops'];
    put?: never;
    /**
     * Prepare a workshop of a strategy, its phases from a template (in Finnish, Swedish and English)
     * @description Needs the editor role in the strategy's workspace. The workshop starts as a draft with a join code; opening a phase opens it to participants.
     */
    post: operations['createWorkshop'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workshops/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The whole board: the workshop, its phases, participants, ideas with their dots and groups */
    get: operations['getWorkshop'];
    put?: never;
    post?: never;
    /** Remove a workshop with its ideas, votes and participants (goals and actions made from it stay) */
    delete: operations['deleteWorkshop'];
    options?: never;
    head?: never;
    /**
     * Rename a workshop, change its vote budget, open or close it
     * @description Closing the workshop closes its open phase; participants can then only erase their input. A vote budget below the dots a participant has already given is refused with 409 vote_budget_below_votes; its detail on `voteBudget` is the most dots one participant has given.
     */
    patch: operations['updateWorkshop'];
    trace?: never;
  };
  '/api/v1/workshops/{id}/phases/{phaseId}/open': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a phase (the open one closes; a draft workshop opens to its participants) */
    post: operations['openWorkshopPhase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workshops/{id}/phases/{phaseId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a phase */
    post: operations['closeWorkshopPhase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workshops/{id}/ideas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add the facilitator's own idea to a phase */
    post: operations['createWorkshopIdea'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workshops/{id}/ideas/{ideaId}/group': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Put an idea into a group (or take it out with null), at a place in it */
    put: operations['setWorkshopIdeaGroup'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workshops/{id}/groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a group for ideas */
    post: operations['createWorkshopGroup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workshops/{id}/groups/{groupId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a group; its ideas stay, ungrouped */
    delete: operations['deleteWorkshopGroup'];
    options?: never;
    head?: never;
    /** Rename a group or move it to another place */
    patch: operations['updateWorkshopGroup'];
    trace?: never;
  };
  '/api/v1/workshops/{id}/participants/{participantId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Erase a participant: their name, organisation, ideas and votes (the audit keeps no name) */
    delete: operations['deleteWorkshopParticipant'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workshops/{id}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Turn ideas and groups into the strategy's draft goals and development actions, in one step
     * @description All or nothing. Each goal and action is linked to the idea or group it came from with the dots it had; a goal aims at 2027 unless said. An action may name a goal of the same request by its key.
     */
    post: operations['createWorkshopOutcome'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workshops/{id}/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The workshop's changes live, for the facilitator's screen
     * @description Server-sent events, one per change: `id` (send it back as Last-Event-ID), `event` one of idea-added, idea-moved, idea-removed, group-changed, vote-changed, phase-changed, participant-joined, participant-erased, workshop-changed, `data` JSON. A reconnect with the Last-Event-ID header (or `?lastEventId=`) first replays what is newer; without either, everything from the start. A comment line every 15 seconds keeps the connection open.
     */
    get: operations['getWorkshopStream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exports/workshops/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The workshop's record as Word or Excel: ideas, groups with their dots, participants by organisation
     * @description Participants' names are never in it: they are counted by the organisation they gave.
     */
    get: operations['getWorkshopExportFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/join/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The workshop of a join code and its current phase
     * @description A wrong code answers 404 workshop_not_found, a workshop not yet open 409 workshop_not_open, a closed one 410 workshop_closed.
     */
    get: operations['getWorkshopToJoin'];
    put?: never;
    /**
     * Join a workshop with a name of your choosing; answers the secret to send with every call
     * @description Send the token back in the X-Workshop-Participant header. It is shown once and kept only as a hash. Limited per address.
     */
    post: operations['joinWorkshop'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/join/{code}/state': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where the workshop is for you: the phase, your ideas, the ideas to vote on, your dots */
    get: operations['getJoinState'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/join/{code}/ideas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Post an idea to the open phase (vision, ideas or commitments)
     * @description Answers 409 ideas_closed when no such phase is open.
     */
    post: operations['createJoinIdea'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/join/{code}/votes/{ideaId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Give an idea this many of your dots (0 takes them back)
     * @description Answers 409 vote_budget_exceeded when your dots together would pass the budget, 409 voting_closed when the vote is not open.
     */
    put: operations['setJoinVote'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/join/{code}/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Erase your own input: your name, organisation, ideas and votes (also after the workshop) */
    delete: operations['leaveWorkshop'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/join/{code}/current-state': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The current state the workshop starts from: its picture at a glance, in your language
     * @description Computed from public data only; empty when the ecosystem, town or network is not public.
     */
    get: operations['getJoinCurrentState'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/join/{code}/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The workshop's phase and status live, for the participant's phone
     * @description Server-sent events phase-changed and workshop-changed only (read it with fetch to send the header). Honors Last-Event-ID. Ends when the participant is erased.
     */
    get: operations['getJoinStream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/graph': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The network map of a network or ecosystem as columns: members, measures, relations
     * @description JSON by default; `format=binary` gives the same columns as `application/vnd.solmu.graph+binary` (typed arrays and a string table, docs/formats.md), which a browser reads without parsing. The strong ETag changes with the data: send it back as If-None-Match and an unchanged map answers 304.
     */
    get: operations['getGraph'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partner-search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisations that offer a competence need, in a scope, ranked and explained (only visible ones) */
    get: operations['listPartnerSearch'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reference/municipality-borders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Municipality borders as GeoJSON (WGS84, simplified); empty until a border file is imported */
    get: operations['getReferenceMunicipalityBorders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Import runs the caller may see, newest first (without their error lists) */
    get: operations['listImports'];
    put?: never;
    /** Import organisations, people, relations, competences or events from a file (all or nothing) */
    post: operations['createImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One import run: state, counts (live while running) and every bad row */
    get: operations['getImport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ytj/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Look a company up in the business register (PRH YTJ) by business ID or name (editors) */
    get: operations['lookUpYtj'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ytj/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Fetch one company from YTJ and add or update it as an organisation (upsert by business ID) */
    post: operations['importFromYtj'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exports/network.gexf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The network of a scope as GEXF 1.3 (Gephi, Gephi Lite) */
    get: operations['getExportNetworkGexf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exports/network.graphml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The network of a scope as GraphML (Gephi, Gephi Lite) */
    get: operations['getExportNetworkGraphml'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exports/events.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Events as iCalendar (RFC 5545), for subscribing in a calendar */
    get: operations['getExportEventsIcs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exports/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The records of an entity the caller may see, as CSV, Excel or JSON */
    get: operations['getExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/competences/similar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Competences whose name is near the one given (a duplicate check before adding one) */
    get: operations['listSimilarCompetences'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/competences/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge a duplicate competence into another: its offers and needs move over, it is deleted */
    post: operations['mergeCompetence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A workspace's contact pipeline: cards grouped by stage, in the stages' order */
    get: operations['getPipeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipeline/due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's own open contacts whose next action is overdue or falls due within `days` */
    get: operations['listPipelineDue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipeline/owners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The users who may own a workspace's contacts (its own users), by display name */
    get: operations['listPipelineOwners'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts/{id}/card': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One contact as a card of the pipeline: its organisation, person, owner and need by name */
    get: operations['getContactCard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts/{id}/stage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a contact to a stage; the move (from → to, with the note) goes to its log */
    post: operations['setContactStage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts/{id}/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A contact's activity log, newest first: calls, e-mails, meetings, notes and stage changes */
    get: operations['listContactActivities'];
    put?: never;
    /** Log a call, an e-mail, a meeting or a note in a contact's log */
    post: operations['createContactActivity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/funding-calls/fitting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open calls (deadline ahead) whose themes fit an ecosystem, the caller’s own ecosystems, or a set of organisations */
    get: operations['listFittingFundingCalls'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/strategy-goals/{id}/rollup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A network goal rolled up from the town and ecosystem goals that contribute to it, by its rule, with each one’s latest value, target and whether it is behind */
    get: operations['getStrategyGoalRollup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/networks/{id}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every town of a network side by side: its strategies’ goals on track, off track or without data, actions by status, latest actual */
    get: operations['getNetworkProgress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exports/strategies/{id}/action-plan.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A strategy’s yearly action plan: the actions under way in the year and the goals, as Excel */
    get: operations['getExportStrategyActionPlanXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exports/networks/{id}/progress.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A network’s progress view, one row a town, as Excel */
    get: operations['getExportNetworkProgressXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The questionnaire and the answers so far, by a respondent’s personal link */
    get: operations['getAnswer'];
    /** Save answers as a draft, or submit them, by a respondent’s personal link */
    put: operations['setAnswer'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/answers/{token}/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisations a respondent may name, by a part of the name, a business ID or ids */
    get: operations['listAnswerOrganisations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/questionnaire-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The questionnaire templates Solmu ships (fi/sv/en) */
    get: operations['getQuestionnaireTemplates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/questionnaires': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Questionnaires you may read */
    get: operations['getQuestionnaires'];
    put?: never;
    /** Create a questionnaire; version 1 from a template (the mapping one by default) or given content */
    post: operations['createQuestionnaire'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/questionnaires/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a questionnaire */
    get: operations['getQuestionnaire'];
    put?: never;
    post?: never;
    /** Delete a questionnaire that no round asks */
    delete: operations['deleteQuestionnaire'];
    options?: never;
    head?: never;
    /** Update a questionnaire’s names, texts, visibility or lawful basis */
    patch: operations['updateQuestionnaire'];
    trace?: never;
  };
  '/api/v1/questionnaires/{id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A version of the questionnaire’s content (the latest by default) and its versions */
    get: operations['getQuestionnaireContent'];
    /** Save the content: a version a round asks is kept, and the next version is written */
    put: operations['setQuestionnaireContent'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/questionnaires/{id}/copy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Copy a questionnaire with its latest content */
    post: operations['copyQuestionnaire'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mapping-rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mapping rounds you may read */
    get: operations['getMappingRounds'];
    put?: never;
    /** Start a round on the latest version of a questionnaire */
    post: operations['createMappingRound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mapping-rounds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a mapping round */
    get: operations['getMappingRound'];
    put?: never;
    post?: never;
    /** Delete a round with its respondents and answers */
    delete: operations['deleteMappingRound'];
    options?: never;
    head?: never;
    /** Update a round’s names, scope, period or visibility (its questionnaire version stays) */
    patch: operations['updateMappingRound'];
    trace?: never;
  };
  '/api/v1/mapping-rounds/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close the round now: links stop working and answers no longer change */
    post: operations['closeMappingRound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mapping-rounds/{id}/completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who has submitted, has a draft, has opened or not: in all, by town and by kind */
    get: operations['getMappingRoundCompletion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mapping-rounds/{id}/respondents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The round’s respondents: how far each has come (never an address or a link) */
    get: operations['listMappingRoundRespondents'];
    put?: never;
    /** Add respondents from the roster or a pasted list; their links are in this answer only */
    post: operations['createMappingRoundRespondent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/round-respondents/{id}/link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new personal link; the old one stops working */
    post: operations['linkRoundRespondent'];
    /** Revoke the respondent’s personal link */
    delete: operations['deleteRoundRespondentLink'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/round-respondents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a respondent with their answers and undecided proposals */
    delete: operations['deleteRoundRespondent'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mapping-rounds/{id}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite or remind by e-mail with fresh links (without SMTP: the links to copy) */
    post: operations['sendMappingRoundInvitations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/round-respondents/{id}/interview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The questionnaire, the answers so far and the interview’s details (editors only) */
    get: operations['getRoundRespondentInterview'];
    /** Save an interview’s answers (a draft, or submitted); marks the respondent as interviewed */
    put: operations['setRoundRespondentInterview'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{id}/invitations/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One participant’s calendar invitation (iCalendar, METHOD:REQUEST): /invitations/{participantId}.ics */
    get: operations['getEventInvitation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{id}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mail each participant with a person’s e-mail address their calendar invitation */
    post: operations['sendEventInvitations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/event-series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A series of events and its recurring sessions (weekly or monthly), made in one transaction */
    post: operations['createEventSeries'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/event-series/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A series of events with its sessions */
    get: operations['getEventSeries'];
    put?: never;
    post?: never;
    /** Delete a series: its sessions still ahead without participants or notes go with it; the others stay as events of their own */
    delete: operations['deleteEventSeries'];
    options?: never;
    head?: never;
    /** Retitle a series: the new title goes to its sessions still ahead */
    patch: operations['updateEventSeries'];
    trace?: never;
  };
  '/api/v1/mapping-rounds/{id}/proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a round’s answers propose for the roster, with possible duplicates */
    get: operations['getMappingRoundProposals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mapping-rounds/{id}/proposals/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept, merge or reject proposals, all or nothing */
    post: operations['decideMappingRoundProposals'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mapping-rounds/{id}/analysis': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Summaries of the submitted answers, question by question, and who answered by town and kind */
    get: operations['getMappingRoundAnalysis'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mapping-rounds/{id}/compare/{otherId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Two rounds side by side, question by question, by their shared question keys */
    get: operations['compareMappingRounds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mapping-rounds/{id}/texts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The submitted open answers with their themes and quote marks (editors only) */
    get: operations['getMappingRoundTexts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mapping-rounds/{id}/theme-suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stems the open answers share most (Snowball stemmers, fi/sv/en stopwords), as hints for themes */
    get: operations['getMappingRoundThemeSuggestions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mapping-rounds/{id}/codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Code a submitted open answer into themes (replaces its themes) */
    put: operations['setMappingRoundCodes'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mapping-rounds/{id}/quotes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Mark a submitted open answer as a quote usable in the report, or take the mark off */
    put: operations['setMappingRoundQuotes'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mapping-rounds/{id}/answers.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The answers as CSV: a row per respondent, a column per question (editors only) */
    get: operations['getMappingRoundAnswersCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mapping-rounds/{id}/answers.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The answers as Excel: a row per respondent, a column per question (editors only) */
    get: operations['getMappingRoundAnswersXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/open/v1/licence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The licence of the open data and its downloads (an SPDX id, its text, how to credit) */
    get: operations['getOpenLicence'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/open/v1/pages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published "Invest in" pages of towns, ecosystems and networks, with their addresses in fi, sv and en */
    get: operations['listOpenPages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/open/v1/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public organisations, a page at a time, by town, kind and industry */
    get: operations['listOpenOrganisations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/open/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public events not yet over in the order they start, a page at a time, by town, ecosystem, network and kind */
    get: operations['listOpenEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/open/v1/ecosystems': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public innovation ecosystems with their themes and towns, a page at a time */
    get: operations['listOpenEcosystems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/open/v1/networks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public networks with the towns their public members stand for, a page at a time */
    get: operations['listOpenNetworks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/open/v1/municipalities/{code}/key-figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A town's key figures: public actors by kind, public ecosystems and events, jobs by industry */
    get: operations['getOpenMunicipalityKeyFigures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/open/v1/download': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The datasets to download, with their sizes, formats and licence */
    get: operations['listOpenDownloads'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/open/v1/download/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A dataset whole: CSV (UTF-8 with BOM, comma-separated) or JSON with its licence */
    get: operations['getOpenDownload'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public-pages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public pages you may see: every published page and the drafts of your workspaces */
    get: operations['getPublicPages'];
    put?: never;
    /**
     * Start a draft public page for a town, or an ecosystem or network of the workspace
     * @description Without a path, the address is suggested from the name: a town in ASCII lower case with dashes (savonlinna), an ecosystem under its town (savonlinna/metsabiotalous), a network by its slug. An address in use, or a town, ecosystem or network that has its page already, answers 409.
     */
    post: operations['createPublicPage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public-pages/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A public page: its intro, contacts and whether it is published */
    get: operations['getPublicPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a page's intro in Finnish, Swedish or English, its contacts or its address */
    patch: operations['updatePublicPage'];
    trace?: never;
  };
  '/api/v1/public-pages/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish the page: anyone may read it (who published it and when are kept) */
    post: operations['publishPublicPage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public-pages/{id}/unpublish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take the page back to a draft only its workspace sees */
    post: operations['unpublishPublicPage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public-pages/{id}/stories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The page's stories, newest first */
    get: operations['listPublicPageStories'];
    put?: never;
    /** Write a story on the page (an image is added to it afterwards) */
    post: operations['createPublicPageStory'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public-pages/{id}/stories/{storyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a story and its image */
    delete: operations['deletePublicPageStory'];
    options?: never;
    head?: never;
    /** Change a story's title, text or date */
    patch: operations['updatePublicPageStory'];
    trace?: never;
  };
  '/api/v1/public-pages/{id}/stories/{storyId}/image': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The story's image as it was uploaded */
    get: operations['getPublicPageStoryImage'];
    put?: never;
    /**
     * Set the story's image with its alt text (Finnish required)
     * @description The image is recognised by its bytes, never by its name: JPEG, PNG or WebP, at most 2 MB. Another file answers 400, a larger one 413.
     */
    post: operations['uploadPublicPageStoryImage'];
    /** Remove the story's image and its alt texts */
    delete: operations['deletePublicPageStoryImage'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List organisations (actors) */
    get: operations['listOrganisations'];
    put?: never;
    /** Create Organisation */
    post: operations['createOrganisation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read Organisation */
    get: operations['getOrganisation'];
    put?: never;
    post?: never;
    /** Delete Organisation */
    delete: operations['deleteOrganisation'];
    options?: never;
    head?: never;
    /** Update Organisation */
    patch: operations['updateOrganisation'];
    trace?: never;
  };
  '/api/v1/competences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List competences (the controlled vocabulary) */
    get: operations['listCompetences'];
    put?: never;
    /** Create Competence */
    post: operations['createCompetence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/competences/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read Competence */
    get: operations['getCompetence'];
    put?: never;
    post?: never;
    /** Delete Competence */
    delete: operations['deleteCompetence'];
    options?: never;
    head?: never;
    /** Update Competence */
    patch: operations['updateCompetence'];
    trace?: never;
  };
  '/api/v1/organisation-competences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List competences offered or needed by organisations */
    get: operations['listOrganisationCompetences'];
    put?: never;
    /** Create OrganisationCompetence */
    post: operations['createOrganisationCompetence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisation-competences/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read OrganisationCompetence */
    get: operations['getOrganisationCompetence'];
    put?: never;
    post?: never;
    /** Delete OrganisationCompetence */
    delete: operations['deleteOrganisationCompetence'];
    options?: never;
    head?: never;
    /** Update OrganisationCompetence */
    patch: operations['updateOrganisationCompetence'];
    trace?: never;
  };
  '/api/v1/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List people (personal data: lawful basis, purpose and retention are required) */
    get: operations['listPeople'];
    put?: never;
    /** Create Person */
    post: operations['createPerson'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read Person */
    get: operations['getPerson'];
    put?: never;
    post?: never;
    /** Delete Person */
    delete: operations['deletePerson'];
    options?: never;
    head?: never;
    /** Update Person */
    patch: operations['updatePerson'];
    trace?: never;
  };
  '/api/v1/person-roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List people's roles in organisations */
    get: operations['listPersonRoles'];
    put?: never;
    /** Create PersonRole */
    post: operations['createPersonRole'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/person-roles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read PersonRole */
    get: operations['getPersonRole'];
    put?: never;
    post?: never;
    /** Delete PersonRole */
    delete: operations['deletePersonRole'];
    options?: never;
    head?: never;
    /** Update PersonRole */
    patch: operations['updatePersonRole'];
    trace?: never;
  };
  '/api/v1/relations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List relations between organisations */
    get: operations['listRelations'];
    put?: never;
    /** Create Relation */
    post: operations['createRelation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/relations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read Relation */
    get: operations['getRelation'];
    put?: never;
    post?: never;
    /** Delete Relation */
    delete: operations['deleteRelation'];
    options?: never;
    head?: never;
    /** Update Relation */
    patch: operations['updateRelation'];
    trace?: never;
  };
  '/api/v1/ecosystems': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List innovation ecosystems (theme and place) */
    get: operations['listEcosystems'];
    put?: never;
    /** Create Ecosystem */
    post: operations['createEcosystem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ecosystems/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read Ecosystem */
    get: operations['getEcosystem'];
    put?: never;
    post?: never;
    /** Delete Ecosystem */
    delete: operations['deleteEcosystem'];
    options?: never;
    head?: never;
    /** Update Ecosystem */
    patch: operations['updateEcosystem'];
    trace?: never;
  };
  '/api/v1/ecosystem-members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List members of ecosystems with their roles */
    get: operations['listEcosystemMembers'];
    put?: never;
    /** Create EcosystemMember */
    post: operations['createEcosystemMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ecosystem-members/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read EcosystemMember */
    get: operations['getEcosystemMember'];
    put?: never;
    post?: never;
    /** Delete EcosystemMember */
    delete: operations['deleteEcosystemMember'];
    options?: never;
    head?: never;
    /** Update EcosystemMember */
    patch: operations['updateEcosystemMember'];
    trace?: never;
  };
  '/api/v1/networks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List networks of towns and organisations */
    get: operations['listNetworks'];
    put?: never;
    /** Create Network */
    post: operations['createNetwork'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/networks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read Network */
    get: operations['getNetwork'];
    put?: never;
    post?: never;
    /** Delete Network */
    delete: operations['deleteNetwork'];
    options?: never;
    head?: never;
    /** Update Network */
    patch: operations['updateNetwork'];
    trace?: never;
  };
  '/api/v1/network-members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List members of networks */
    get: operations['listNetworkMembers'];
    put?: never;
    /** Create NetworkMember */
    post: operations['createNetworkMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/network-members/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read NetworkMember */
    get: operations['getNetworkMember'];
    put?: never;
    post?: never;
    /** Delete NetworkMember */
    delete: operations['deleteNetworkMember'];
    options?: never;
    head?: never;
    /** Update NetworkMember */
    patch: operations['updateNetworkMember'];
    trace?: never;
  };
  '/api/v1/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List projects with their period, budget and status */
    get: operations['listProjects'];
    put?: never;
    /** Create Project */
    post: operations['createProject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read Project */
    get: operations['getProject'];
    put?: never;
    post?: never;
    /** Delete Project */
    delete: operations['deleteProject'];
    options?: never;
    head?: never;
    /** Update Project */
    patch: operations['updateProject'];
    trace?: never;
  };
  '/api/v1/project-roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List organisations' roles in projects */
    get: operations['listProjectRoles'];
    put?: never;
    /** Create ProjectRole */
    post: operations['createProjectRole'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/project-roles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read ProjectRole */
    get: operations['getProjectRole'];
    put?: never;
    post?: never;
    /** Delete ProjectRole */
    delete: operations['deleteProjectRole'];
    options?: never;
    head?: never;
    /** Update ProjectRole */
    patch: operations['updateProjectRole'];
    trace?: never;
  };
  '/api/v1/funding-calls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List funding calls with themes, deadlines and rules */
    get: operations['listFundingCalls'];
    put?: never;
    /** Create FundingCall */
    post: operations['createFundingCall'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/funding-calls/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read FundingCall */
    get: operations['getFundingCall'];
    put?: never;
    post?: never;
    /** Delete FundingCall */
    delete: operations['deleteFundingCall'];
    options?: never;
    head?: never;
    /** Update FundingCall */
    patch: operations['updateFundingCall'];
    trace?: never;
  };
  '/api/v1/ecosystem-agreements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List ecosystem agreements of city regions */
    get: operations['listEcosystemAgreements'];
    put?: never;
    /** Create EcosystemAgreement */
    post: operations['createEcosystemAgreement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ecosystem-agreements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read EcosystemAgreement */
    get: operations['getEcosystemAgreement'];
    put?: never;
    post?: never;
    /** Delete EcosystemAgreement */
    delete: operations['deleteEcosystemAgreement'];
    options?: never;
    head?: never;
    /** Update EcosystemAgreement */
    patch: operations['updateEcosystemAgreement'];
    trace?: never;
  };
  '/api/v1/agreement-parties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List parties of ecosystem agreements */
    get: operations['listAgreementParties'];
    put?: never;
    /** Create AgreementParty */
    post: operations['createAgreementParty'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agreement-parties/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read AgreementParty */
    get: operations['getAgreementParty'];
    put?: never;
    post?: never;
    /** Delete AgreementParty */
    delete: operations['deleteAgreementParty'];
    options?: never;
    head?: never;
    /** Update AgreementParty */
    patch: operations['updateAgreementParty'];
    trace?: never;
  };
  '/api/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List events: webinars, visits, workshops, get-togethers, seminars */
    get: operations['listEvents'];
    put?: never;
    /** Create Event */
    post: operations['createEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read Event */
    get: operations['getEvent'];
    put?: never;
    post?: never;
    /** Delete Event */
    delete: operations['deleteEvent'];
    options?: never;
    head?: never;
    /** Update Event */
    patch: operations['updateEvent'];
    trace?: never;
  };
  '/api/v1/event-participants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List organisers, speakers and participants of events (each writes its 'met at event' relations) */
    get: operations['listEventParticipants'];
    put?: never;
    /** Create EventParticipant */
    post: operations['createEventParticipant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/event-participants/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read EventParticipant */
    get: operations['getEventParticipant'];
    put?: never;
    post?: never;
    /** Delete EventParticipant */
    delete: operations['deleteEventParticipant'];
    options?: never;
    head?: never;
    /** Update EventParticipant */
    patch: operations['updateEventParticipant'];
    trace?: never;
  };
  '/api/v1/strategies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List strategies of ecosystems, networks and towns */
    get: operations['listStrategies'];
    put?: never;
    /** Create Strategy */
    post: operations['createStrategy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/strategies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read Strategy */
    get: operations['getStrategy'];
    put?: never;
    post?: never;
    /** Delete Strategy */
    delete: operations['deleteStrategy'];
    options?: never;
    head?: never;
    /** Update Strategy */
    patch: operations['updateStrategy'];
    trace?: never;
  };
  '/api/v1/strategy-goals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List goals with indicators, baselines and targets */
    get: operations['listStrategyGoals'];
    put?: never;
    /** Create StrategyGoal */
    post: operations['createStrategyGoal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/strategy-goals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read StrategyGoal */
    get: operations['getStrategyGoal'];
    put?: never;
    post?: never;
    /** Delete StrategyGoal */
    delete: operations['deleteStrategyGoal'];
    options?: never;
    head?: never;
    /** Update StrategyGoal */
    patch: operations['updateStrategyGoal'];
    trace?: never;
  };
  '/api/v1/goal-actuals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List dated actual values of goal indicators */
    get: operations['listGoalActuals'];
    put?: never;
    /** Create GoalActual */
    post: operations['createGoalActual'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/goal-actuals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read GoalActual */
    get: operations['getGoalActual'];
    put?: never;
    post?: never;
    /** Delete GoalActual */
    delete: operations['deleteGoalActual'];
    options?: never;
    head?: never;
    /** Update GoalActual */
    patch: operations['updateGoalActual'];
    trace?: never;
  };
  '/api/v1/development-actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List development actions with owners, schedule and status */
    get: operations['listDevelopmentActions'];
    put?: never;
    /** Create DevelopmentAction */
    post: operations['createDevelopmentAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/development-actions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read DevelopmentAction */
    get: operations['getDevelopmentAction'];
    put?: never;
    post?: never;
    /** Delete DevelopmentAction */
    delete: operations['deleteDevelopmentAction'];
    options?: never;
    head?: never;
    /** Update DevelopmentAction */
    patch: operations['updateDevelopmentAction'];
    trace?: never;
  };
  '/api/v1/action-projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List projects linked to development actions */
    get: operations['listActionProjects'];
    put?: never;
    /** Create ActionProject */
    post: operations['createActionProject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/action-projects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read ActionProject */
    get: operations['getActionProject'];
    put?: never;
    post?: never;
    /** Delete ActionProject */
    delete: operations['deleteActionProject'];
    options?: never;
    head?: never;
    /** Update ActionProject */
    patch: operations['updateActionProject'];
    trace?: never;
  };
  '/api/v1/action-calls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List funding calls linked to development actions */
    get: operations['listActionCalls'];
    put?: never;
    /** Create ActionCall */
    post: operations['createActionCall'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/action-calls/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read ActionCall */
    get: operations['getActionCall'];
    put?: never;
    post?: never;
    /** Delete ActionCall */
    delete: operations['deleteActionCall'];
    options?: never;
    head?: never;
    /** Update ActionCall */
    patch: operations['updateActionCall'];
    trace?: never;
  };
  '/api/v1/goal-contributions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List town and ecosystem goals that contribute to a network goal */
    get: operations['listGoalContributions'];
    put?: never;
    /** Create GoalContribution */
    post: operations['createGoalContribution'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/goal-contributions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read GoalContribution */
    get: operations['getGoalContribution'];
    put?: never;
    post?: never;
    /** Delete GoalContribution */
    delete: operations['deleteGoalContribution'];
    options?: never;
    head?: never;
    /** Update GoalContribution */
    patch: operations['updateGoalContribution'];
    trace?: never;
  };
  '/api/v1/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the contact pipeline: to contact, contacted, meeting, partner, not now */
    get: operations['listContacts'];
    put?: never;
    /** Create Contact */
    post: operations['createContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read Contact */
    get: operations['getContact'];
    put?: never;
    post?: never;
    /** Delete Contact */
    delete: operations['deleteContact'];
    options?: never;
    head?: never;
    /** Update Contact */
    patch: operations['updateContact'];
    trace?: never;
  };
  '/api/v1/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List notes and contact logs */
    get: operations['listNotes'];
    put?: never;
    /** Create Note */
    post: operations['createNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read Note */
    get: operations['getNote'];
    put?: never;
    post?: never;
    /** Delete Note */
    delete: operations['deleteNote'];
    options?: never;
    head?: never;
    /** Update Note */
    patch: operations['updateNote'];
    trace?: never;
  };
  '/api/v1/picture-proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List development proposals written into situational picture reports */
    get: operations['listPictureProposals'];
    put?: never;
    /** Create PictureProposal */
    post: operations['createPictureProposal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/picture-proposals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read PictureProposal */
    get: operations['getPictureProposal'];
    put?: never;
    post?: never;
    /** Delete PictureProposal */
    delete: operations['deletePictureProposal'];
    options?: never;
    head?: never;
    /** Update PictureProposal */
    patch: operations['updatePictureProposal'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Error: {
      error: {
        code: string;
        message: string;
        details: {
          path: string;
          message: string;
        }[];
      };
    };
    Health: {
      /** @enum {string} */
      status: 'ok' | 'degraded';
      database: {
        ok: boolean;
        version: string | null;
      };
      version: string;
    };
    Liveness: {
      /** @enum {string} */
      status: 'ok';
    };
    Readiness: {
      /** @enum {string} */
      status: 'ready' | 'not_ready';
      database: {
        ok: boolean;
      };
      migrations: {
        /** @description The newest migration this version of Solmu knows */
        expected: string;
        /** @description The newest migration applied to the database */
        applied: string | null;
        current: boolean;
      };
    };
    Region: {
      code: string;
      nameFi: string;
      nameSv: string | null;
      nameEn: string | null;
      nuts3: string | null;
      nuts3V2024: string | null;
    };
    Municipality: {
      code: string;
      nameFi: string;
      nameSv: string | null;
      nameEn: string | null;
      regionCode: string | null;
      isActive: boolean;
    };
    Industry: {
      classification: string;
      code: string;
      level: number;
      parentCode: string | null;
      nameFi: string;
      nameSv: string | null;
      nameEn: string | null;
    };
    NationalBaseline: {
      /**
       * @description What organisations are compared with: 'finland' with a table of establishments or a whole-register YTJ import
       * @enum {string}
       */
      organisationsBaseline: 'finland' | 'solmu';
      tables: {
        /** @enum {string} */
        basis: 'establishments' | 'jobs';
        year: number;
        title: string | null;
        measure: string | null;
        source: string;
        fileName: string | null;
        municipalities: number;
        missingValues: number;
        importedAt: string;
      }[];
      /** @description The latest YTJ import that read the whole register (at least 100,000 companies) */
      fullRegisterImport: {
        finishedAt: string;
        companies: number;
        fileName: string | null;
      } | null;
    };
    Me: {
      user: {
        id: string;
        email: string;
        displayName: string | null;
        isAdmin: boolean;
        totpEnabled: boolean;
      } | null;
      workspaces: {
        id: string;
        slug: string;
        nameFi: string;
        role: string;
      }[];
      coordinatedNetworkIds: string[];
      csrfToken: string | null;
    };
    Login: {
      email: string;
      password: string;
      totp?: string;
    };
    User: {
      id: string;
      email: string;
      displayName: string | null;
      isAdmin: boolean;
      disabledAt: string | null;
    };
    Workspace: {
      id: string;
      slug: string;
      nameFi: string;
      nameSv: string | null;
      nameEn: string | null;
      organisationId: string | null;
    };
    AccessibilityFeedback: {
      /** Format: uuid */
      id: string;
      /** @description The public page the feedback is about */
      pageUrl: string;
      /** @enum {string} */
      lang: 'fi' | 'sv' | 'en';
      message: string;
      /** @description Where the sender would like an answer, if anywhere */
      email: string | null;
      receivedAt: string;
      handledAt: string | null;
    };
    ApiToken: {
      id: string;
      name: string;
      scopes: string[];
      workspaceId: string | null;
      createdAt: string;
      lastUsedAt: string | null;
      expiresAt: string | null;
      revokedAt: string | null;
    };
    WebhookEndpoint: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      workspaceId: string;
      url: string;
      events: string[];
      allowPrivateNetwork: boolean;
      enabled: boolean;
      disabledAt: string | null;
      /** @enum {string|null} */
      disabledReason: 'failing' | 'manual' | null;
      /** @description The demo's fictional endpoint: never turned on */
      example: boolean;
      createdAt: string;
      updatedAt: string;
    };
    WebhookDelivery: {
      /** Format: uuid */
      id: string;
      eventId: string;
      eventType: string;
      /** @enum {string} */
      status: 'pending' | 'queued' | 'delivered' | 'failed' | 'dropped';
      attempts: number;
      statusCode: number | null;
      durationMs: number | null;
      lastError: string | null;
      nextAttemptAt: string | null;
      createdAt: string;
      updatedAt: string;
    };
    ChangeFeedStart: {
      /** @description Give it as cursor to GET /api/v1/changes */
      cursor: string;
    };
    ChangeFeedPage: {
      items: components['schemas']['ChangeFeedItem'][];
      /** @description Where the next call starts: keep it, even when items is empty */
      nextCursor: string;
      /** @description More changes wait: ask again at once with nextCursor */
      hasMore: boolean;
    };
    ChangeFeedItem: {
      /** @description The change in the log; items come in the order of the log */
      position: number;
      /** @description The resource, as in /api/v1/{resource} */
      resource: string;
      /** @description The record's id */
      id: string;
      /**
       * @description created or updated: store the record (both carry it as it is now). deleted: the record is gone, or you may no longer read it; remove it from your copy
       * @enum {string}
       */
      operation: 'created' | 'updated' | 'deleted';
      /** @description When the change was made */
      occurredAt: string;
      /** @description The record's address in the API */
      href: string;
      /** @description created and updated: the record as GET {href} answers it now */
      record?: {
        [key: string]: unknown;
      };
    };
    Change: {
      /** @enum {string} */
      entity:
        | 'organisations'
        | 'ecosystems'
        | 'networks'
        | 'projects'
        | 'funding-calls'
        | 'events'
        | 'strategies'
        | 'strategy-goals'
        | 'development-actions';
      id: string;
      nameFi: string;
      nameSv: string | null;
      nameEn: string | null;
      workspaceId: string;
      /** @description True when the record is new (not edited since) */
      created: boolean;
      changedAt: string;
    };
    PictureSnapshot: {
      id: string;
      /** @enum {string} */
      scopeKind: 'ecosystem' | 'municipality' | 'region' | 'network';
      scopeId: string;
      takenOn: string;
      workspaceId: string;
      /** @enum {string} */
      visibility: 'private' | 'network' | 'public';
      /** @description true: computed from what every reader of the snapshot may read (its visibility decides who); false: an older snapshot of what its creator saw, readable by its creator only */
      takenForReaders: boolean;
      createdBy: string;
    };
    PictureChange: {
      scope: {
        kind: string;
        id: string;
        name: string;
      };
      from: string | null;
      to: string | null;
      actors: {
        added: {
          organisationId: string;
          name: string;
        }[];
        removed: {
          organisationId: string;
          name: string;
        }[];
      };
      /** @description null when either picture had too many ties to list them */
      ties: {
        added: {
          from: string;
          to: string;
          weight: number;
        }[];
        removed: {
          from: string;
          to: string;
          weight: number;
        }[];
        reweighted: {
          from: string;
          to: string;
          before: number;
          after: number;
        }[];
      } | null;
      headline: {
        [key: string]: {
          before: number | null;
          after: number | null;
          change: number | null;
        };
      };
      /** @description Actors in both pictures whose measures changed, largest PageRank change first, at most 50 */
      actorChanges: {
        organisationId: string;
        name: string;
        degree: {
          before: number | null;
          after: number | null;
          change: number | null;
        };
        pagerank: {
          before: number | null;
          after: number | null;
          change: number | null;
        };
        betweenness: {
          before: number | null;
          after: number | null;
          change: number | null;
        };
        community: {
          before: number | null;
          after: number | null;
          change: number | null;
        };
      }[];
      actorChangesTotal: number;
      specialisation: {
        /** @enum {string} */
        level: 'division' | 'section';
        code: string;
        lq: {
          before: number | null;
          after: number | null;
          change: number | null;
        };
        scopeCount: {
          before: number | null;
          after: number | null;
          change: number | null;
        };
      }[];
      composition: {
        dimension: string;
        code: string;
        count: {
          before: number | null;
          after: number | null;
          change: number | null;
        };
      }[];
    };
    Picture: {
      /** @enum {number} */
      schemaVersion: 1;
      scope: components['schemas']['PictureScope'];
      /** @description Date of the data the picture was computed from */
      asOf: string | null;
      /** @description True when fictional example data (source 'example', or an example mapping round's answers) is among what the picture reads */
      includesExamples: boolean;
      conventions: components['schemas']['PictureConventions'];
      parameters: components['schemas']['PictureParameters'];
      composition: components['schemas']['PictureComposition'];
      network: components['schemas']['PictureNetwork'];
      specialisation: {
        organisations: components['schemas']['PictureSpecialisation'];
        jobs: components['schemas']['PictureSpecialisation'] & (Record<string, never> | null);
      };
      competences: components['schemas']['PictureCompetences'];
      strengths: components['schemas']['PictureSectorItem'][];
      growthCandidates: components['schemas']['PictureSectorItem'][];
      peers: components['schemas']['PicturePeer'][];
      /** @description The scope’s own figures in the same shape as its peers */
      headline: {
        scope: components['schemas']['PictureScope'];
        organisations: number;
        edges: number;
        density: number;
        components: number;
        modularity: number;
        isolated: number;
        tripleHelix: {
          [key: string]: number;
        };
        topSpecialisations: {
          code: string;
          lq: number;
        }[];
      };
      /** @description Absent only in pictures saved before mapping rounds existed */
      mappingEvidence?: {
        rounds: {
          id: string;
          name: components['schemas']['SurveyLabel'];
          /** @description Respondents who submitted */
          respondents: number;
          /** @description Answers an editor coded into themes */
          codedAnswers: number;
        }[];
        themes: {
          theme: string;
          /** @description Respondents whose answers carry the theme */
          n: number;
          /** @description Answers coded with the theme */
          answers: number;
          questionKeys: string[];
        }[];
        quotes: {
          text: string;
          questionKey: string;
          questionLabel: components['schemas']['SurveyLabel'];
          /** @description The quote’s most common theme */
          theme?: string;
          themes: string[];
        }[];
      };
    };
    PictureScope: {
      /** @enum {string} */
      kind: 'ecosystem' | 'municipality' | 'region' | 'network';
      id: string;
      name: string;
      municipalityCodes: string[];
    };
    /** @description How the figures were computed, in words */
    PictureConventions: {
      [key: string]: string;
    };
    PictureParameters: {
      seed: number;
      pagerank: {
        damping: number;
        tolerance: number;
        maxIterations: number;
        iterations: number;
        converged: boolean;
      };
      betweenness: {
        /** @enum {string} */
        mode: 'exact' | 'sampled';
        exactLimit: number;
        /** @description Source nodes whose shortest paths were counted; all nodes when exact */
        sources: number;
        /** @description Seed of the sampled sources; null when exact */
        seed: number | null;
      };
      louvain: {
        seed: number;
        resolution: number;
        levels: number;
      };
      lowCountThreshold: number;
      brokers: {
        minParticipation: number;
        maxListed: number;
      };
      peripheral: {
        smallComponentMaxSize: number;
      };
      strengths: {
        minLocationQuotient: number;
        maxListed: number;
      };
    };
    PictureComposition: {
      organisations: number;
      byKind: components['schemas']['PictureCountRow'][];
      bySection: components['schemas']['PictureCountRow'][];
      byDivision: components['schemas']['PictureCountRow'][];
      byMunicipality: components['schemas']['PictureCountRow'][];
      bySizeClass: components['schemas']['PictureCountRow'][];
      tripleHelix: components['schemas']['PictureTripleHelix'];
      missingKinds: (
        | 'company'
        | 'education'
        | 'rdi'
        | 'municipality'
        | 'development_company'
        | 'funder'
        | 'association'
        | 'public_agency'
        | 'other'
      )[];
    };
    /** @description A count and its share of the scope; code "unknown" when missing */
    PictureCountRow: {
      code: string;
      count: number;
      share: number;
    };
    PictureTripleHelix: {
      pillars: {
        /** @enum {string} */
        pillar: 'companies' | 'education' | 'rdi' | 'public';
        kinds: (
          | 'company'
          | 'education'
          | 'rdi'
          | 'municipality'
          | 'development_company'
          | 'funder'
          | 'association'
          | 'public_agency'
          | 'other'
        )[];
        count: number;
        share: number;
      }[];
      outside: {
        kinds: (
          | 'company'
          | 'education'
          | 'rdi'
          | 'municipality'
          | 'development_company'
          | 'funder'
          | 'association'
          | 'public_agency'
          | 'other'
        )[];
        count: number;
      };
      /** @description Shannon evenness of the four pillars: 1 = equal counts, 0 = one pillar only */
      evenness: number;
      missingPillars: ('companies' | 'education' | 'rdi' | 'public')[];
    };
    PictureNetwork: {
      nodes: number;
      /** @description Relations inside the scope, before merging */
      relations: number;
      /** @description Relations to organisations outside the scope (not drawn) */
      externalRelations: number;
      /** @description Distinct ties after merging parallel relations and dropping self-loops */
      edges: number;
      selfLoopsDropped: number;
      parallelMerged: number;
      totalWeight: number;
      density: number;
      components: {
        count: number;
        largest: number;
        /** @description Largest first, at most 50 */
        sizes: number[];
      };
      /** @description Newman modularity of the Leiden partition; 0 without edges */
      modularity: number;
      communities: {
        id: number;
        size: number;
        /** @description Organisation ids, highest PageRank first */
        topActors: string[];
        mainDivisions: components['schemas']['PictureCountRow'][];
      }[];
      singletonCommunities: number;
      /** @description Highest PageRank first */
      actors: components['schemas']['PictureActor'][];
      brokers: {
        organisationId: string;
        name: string;
        betweenness: number;
        participation: number;
        communitiesReached: number;
      }[];
      isolated: string[];
      peripheral: {
        organisationId: string;
        /** @enum {string} */
        reason: 'single_tie' | 'small_component';
      }[];
      /** @description Merged ties; null when there are too many to list */
      edgeList:
        | {
            from: string;
            to: string;
            weight: number;
          }[]
        | null;
    };
    PictureActor: {
      organisationId: string;
      name: string;
      /** @description Distinct neighbours */
      degree: number;
      /** @description Sum of merged relation weights */
      weightedDegree: number;
      pagerank: number;
      betweenness: number;
      community: number;
      component: number;
      /** @description Share of ties spread over other communities (Guimerà–Amaral) */
      participation: number;
      broker: boolean;
      isolated: boolean;
      peripheral: boolean;
    };
    PictureSpecialisation: {
      /** @enum {string} */
      basis: 'organisations' | 'jobs';
      /**
       * @description What the scope is compared with: 'finland' when the counts come from a national table (Statistics Finland, a full YTJ import), 'solmu' when from the actors in Solmu
       * @enum {string}
       */
      baseline: 'finland' | 'solmu';
      scopeTotal: number;
      finlandTotal: number;
      divisions: components['schemas']['PictureLocationQuotient'][];
      sections: components['schemas']['PictureLocationQuotient'][];
      year: number | null;
      source: string | null;
    };
    PictureLocationQuotient: {
      code: string;
      scopeCount: number;
      finlandCount: number;
      /** @description (scope count / scope total) / (Finland count / Finland total) */
      lq: number | null;
      /** @description 95 % interval of the LQ: the scope count's Poisson interval (exact below 100, Byar's above) over the count Finland's share expects; null with lq */
      confidence: {
        low: number;
        high: number;
      } | null;
      /** @description Scope count below the threshold: shown, not ranked */
      lowCount: boolean;
      rank: number | null;
    };
    PictureCompetences: {
      offered: {
        key: string;
        label: string;
        organisationIds: string[];
      }[];
      needed: {
        key: string;
        label: string;
        organisationIds: string[];
      }[];
      metNeeds: {
        key: string;
        label: string;
        neededBy: string[];
        offeredBy: string[];
      }[];
      unmetNeeds: {
        key: string;
        label: string;
        neededBy: string[];
        offeredElsewhere: {
          organisationId: string;
          name: string;
          municipalityCode: string | null;
          sameNetwork: boolean;
        }[];
      }[];
    };
    PictureSectorItem: {
      /** @enum {string} */
      level: 'division';
      /** @description TOL 2008 division */
      code: string;
      sectionCode: string;
      score: number;
      scoreParts: components['schemas']['PictureScoreParts'];
      evidence: components['schemas']['PictureEvidence'][];
    };
    /** @description Each part in [0, 1] before weighting; see docs/analysis.md */
    PictureScoreParts: {
      specialisation: number;
      size: number;
      centrality: number;
      competences: number;
      projects: number;
      growth: number;
    };
    PictureEvidence:
      | {
          /** @enum {string} */
          kind: 'specialisation';
          /** @enum {string} */
          basis: 'organisations' | 'jobs';
          lq: number | null;
          scopeCount: number;
          finlandCount: number;
          lowCount: boolean;
          /**
           * @description What the LQ compares with (the table's `baseline`); absent in pictures saved before it
           * @enum {string}
           */
          baseline?: 'finland' | 'solmu';
          /** @description The LQ's 95 % interval; absent in pictures saved before it */
          confidence?: {
            low: number;
            high: number;
          } | null;
        }
      | {
          /** @enum {string} */
          kind: 'size';
          organisations: number;
          /** @description Share of the scope’s organisations with a TOL code */
          share: number;
        }
      | {
          /** @enum {string} */
          kind: 'centralActors';
          /** @description Share of all PageRank held by the sector’s actors */
          pagerankShare: number;
          actors: {
            organisationId: string;
            name: string;
            /** @description 1 = most central actor of the scope */
            pagerankRank: number;
          }[];
        }
      | {
          /** @enum {string} */
          kind: 'competences';
          items: {
            key: string;
            label: string;
            organisations: number;
          }[];
        }
      | {
          /** @enum {string} */
          kind: 'projects';
          items: {
            projectId: string;
            name: string;
            organisations: number;
          }[];
        }
      | {
          /** @enum {string} */
          kind: 'growth';
          /** @description Date of the earlier snapshot */
          since: string;
          before: number;
          now: number;
          /** @description Relative change, 0.25 = +25 % */
          change: number;
        };
    PicturePeer: {
      scope: components['schemas']['PictureScope'];
      organisations: number;
      edges: number;
      density: number;
      components: number;
      modularity: number;
      isolated: number;
      tripleHelix: {
        [key: string]: number;
      };
      topSpecialisations: {
        code: string;
        lq: number;
      }[];
    };
    /** @description Text in Finnish, and in Swedish and English when written */
    SurveyLabel: {
      fi: string;
      sv?: string | null;
      en?: string | null;
    };
    PictureReportSummary: {
      id: string;
      /** @enum {string} */
      scopeKind: 'ecosystem' | 'municipality' | 'region' | 'network';
      scopeId: string;
      scopeName: string;
      /** @enum {string} */
      language: 'fi' | 'sv' | 'en';
      version: number;
      /** @description When the figures were last recomputed into it */
      generatedAt: string;
      published: {
        at: string;
        by: string;
      } | null;
      workspaceId: string;
      /** @enum {string} */
      visibility: 'private' | 'network' | 'public';
      /** @description The caller edits the report’s workspace */
      canEdit: boolean;
      createdAt: string;
      updatedAt: string;
    };
    PictureReport: {
      id: string;
      /** @enum {string} */
      scopeKind: 'ecosystem' | 'municipality' | 'region' | 'network';
      scopeId: string;
      scopeName: string;
      /** @enum {string} */
      language: 'fi' | 'sv' | 'en';
      version: number;
      /** @description When the figures were last recomputed into it */
      generatedAt: string;
      published: {
        at: string;
        by: string;
      } | null;
      workspaceId: string;
      /** @enum {string} */
      visibility: 'private' | 'network' | 'public';
      /** @description The caller edits the report’s workspace */
      canEdit: boolean;
      createdAt: string;
      updatedAt: string;
      content: components['schemas']['ReportContent'];
    };
    ReportContent: {
      sections: components['schemas']['ReportSection'][];
      proposals: components['schemas']['ReportProposal'][];
      methods: {
        plain: string[];
        technical: string[];
      };
      /** @description How many editor keys have been handed out */
      editorKeys: number;
    };
    ReportSection: {
      /** @description A finding section key, or editor-<n> for a section an editor added */
      key: string;
      /** @enum {string} */
      origin: 'generated' | 'editor';
      hidden: boolean;
      /** @description The latest generated text and its evidence */
      generated: {
        title: string;
        sentences: components['schemas']['FindingSentence'][];
        fingerprint: string;
      } | null;
      edit: {
        /** @description The editor’s title; null keeps the generated one */
        title: string | null;
        /** @description The editor’s words; paragraphs separated by a blank line */
        text: string;
        /** @description The evidence fingerprint the editor wrote against (null in an editor’s own section) */
        basedOn: string | null;
        by: string;
        at: string;
      } | null;
      /** @description The evidence changed since the editor wrote this section (“evidence changed since you edited this”) */
      evidenceChanged: boolean;
    };
    FindingSentence: {
      text: string;
      evidence: components['schemas']['FindingEvidence'][];
    };
    FindingEvidence: {
      /** @enum {string} */
      kind: 'figure' | 'organisation' | 'relation' | 'project' | 'sector' | 'competence' | 'theme' | 'quote';
      /** @description What the evidence is, in the report’s language */
      label: string;
      /** @description The figure or quote as written in the report’s language */
      value?: string;
      /** @description Id of the record (organisation, project, theme…) when there is one */
      ref?: string;
    };
    ReportProposal: {
      /** @description The generator’s stable key, or editor-<n> for one an editor added */
      key: string;
      /** @enum {string} */
      kind: 'developmentTarget' | 'growthSector';
      /** @enum {string} */
      origin: 'generated' | 'editor';
      generated: {
        title: string;
        text: string;
        evidence: components['schemas']['FindingEvidence'][];
      } | null;
      /** @enum {string} */
      decision: 'open' | 'accepted' | 'changed' | 'rejected';
      /** @description The editor’s title (a change, or their own proposal) */
      title: string | null;
      text: string | null;
      /** @description Why it was rejected */
      reason: string | null;
      decidedBy: string | null;
      decidedAt: string | null;
      /** @description The latest recomputation no longer proposes it */
      vanished: boolean;
      /** @description The goal or development action it became */
      strategy: {
        /** @enum {string} */
        kind: 'goal' | 'action';
        id: string;
        strategyId: string;
      } | null;
    };
    PictureReportCreate: {
      /** @enum {string} */
      scope: 'ecosystem' | 'municipality' | 'region' | 'network';
      scopeId: string;
      /** @enum {string} */
      language: 'fi' | 'sv' | 'en';
      /**
       * @default private
       * @enum {string}
       */
      visibility: 'private' | 'network' | 'public';
    };
    PictureReportSave: {
      /** @description The version the editor saw */
      version: number;
      change: components['schemas']['ReportChange'];
    };
    ReportChange:
      | {
          /** @enum {string} */
          action: 'editSection';
          section: string;
          title?: string | null;
          text: string;
        }
      | {
          /** @enum {string} */
          action: 'resetSection';
          section: string;
        }
      | {
          /** @enum {string} */
          action: 'hideSection';
          section: string;
          hidden: boolean;
        }
      | {
          /** @enum {string} */
          action: 'moveSection';
          section: string;
          to: number;
        }
      | {
          /** @enum {string} */
          action: 'addSection';
          title: string;
          text: string;
        }
      | {
          /** @enum {string} */
          action: 'acknowledgeEvidence';
          section: string;
        }
      | {
          /** @enum {string} */
          action: 'decideProposal';
          proposal: string;
          /** @enum {string} */
          decision: 'open' | 'accepted' | 'changed' | 'rejected';
          title?: string;
          text?: string;
          reason?: string;
        }
      | {
          /** @enum {string} */
          action: 'addProposal';
          /** @enum {string} */
          kind: 'developmentTarget' | 'growthSector';
          title: string;
          text: string;
        };
    PictureReportPublication: {
      /** @description The version the editor saw */
      version: number;
      published: boolean;
    };
    PictureReportVersion: {
      version: number;
      /** @description What the save changed: the action and the section or proposal it touched */
      change: {
        action: string;
        section?: string;
        proposal?: string;
      } & {
        [key: string]: unknown;
      };
      createdAt: string;
      /** @description The saver’s display name, when they have one */
      author: string | null;
    };
    WrittenPicture: {
      /** @enum {string} */
      language: 'fi' | 'sv' | 'en';
      sections: components['schemas']['FindingSection'][];
      /** @description For a reader who is not a developer; no identifiers */
      methods: {
        /** @description What was measured, from which data, with which limits */
        plain: string[];
        /** @description The appendix: parameters and algorithms */
        technical: string[];
      };
    };
    FindingSection: {
      /** @description A generated section’s key, or `editor-<n>` for a section an editor added */
      key:
        | (
            | 'glance'
            | 'connections'
            | 'specialisation'
            | 'competences'
            | 'strengths'
            | 'challenges'
            | 'developmentTargets'
            | 'growthSectors'
          )
        | string;
      title: string;
      sentences: components['schemas']['FindingSentence'][];
      /** @description Only in developmentTargets and growthSectors */
      proposals: components['schemas']['FindingProposal'][];
      /** @description Hash of the section’s evidence: changes when, and only when, it changes */
      fingerprint: string;
    };
    FindingProposal: {
      /** @description Stable across recomputations, e.g. "growthSector:16" */
      key: string;
      /** @enum {string} */
      kind: 'developmentTarget' | 'growthSector';
      title: string;
      text: string;
      evidence: components['schemas']['FindingEvidence'][];
    };
    ProposalIntoStrategy: {
      /** @description The version the editor saw */
      version: number;
      /** Format: uuid */
      strategyId: string;
      /** @enum {string} */
      as: 'goal' | 'action';
      /** @description A goal’s indicator */
      indicator?: string;
    };
    ConsortiumSummary: {
      id: string;
      name: string;
      fundingCallId: string;
      projectId: string | null;
      notes: string | null;
      workspaceId: string;
      /** @enum {string} */
      visibility: 'private' | 'network' | 'public';
      /** @description The caller edits the consortium’s workspace */
      canEdit: boolean;
      createdAt: string;
      updatedAt: string;
      fundingCall: {
        titleFi: string;
        titleSv: string | null;
        titleEn: string | null;
      };
      partnerCount: number;
    };
    Consortium: {
      id: string;
      name: string;
      fundingCallId: string;
      projectId: string | null;
      notes: string | null;
      workspaceId: string;
      /** @enum {string} */
      visibility: 'private' | 'network' | 'public';
      /** @description The caller edits the consortium’s workspace */
      canEdit: boolean;
      createdAt: string;
      updatedAt: string;
      fundingCall: {
        id: string;
        titleFi: string;
        titleSv: string | null;
        titleEn: string | null;
        deadlineAt: string;
        themes: string[];
      };
      partners: components['schemas']['ConsortiumPartner'][];
      /** @description The call’s free-text rules ticked as seen to */
      ruleTicks: components['schemas']['ConsortiumRuleTick'][];
    };
    ConsortiumPartner: {
      organisationId: string;
      nameFi: string;
      nameSv: string | null;
      nameEn: string | null;
      /** @enum {string} */
      kind:
        | 'company'
        | 'education'
        | 'rdi'
        | 'municipality'
        | 'development_company'
        | 'funder'
        | 'association'
        | 'public_agency'
        | 'other';
      businessId: string | null;
      municipalityCode: string | null;
      municipalityFi: string | null;
      municipalitySv: string | null;
      municipalityEn: string | null;
      /** @enum {string} */
      role:
        'main_implementer' | 'co_implementer' | 'network_partner' | 'funder' | 'steering_group' | 'partner';
      budgetEur: number | null;
      contactPersonId: string | null;
      contactName: string | null;
      /** @description The contact person’s title */
      contactTitle: string | null;
    };
    ConsortiumRuleTick: {
      /** @description The free-text rule’s place among the call’s rules */
      index: number;
      tickedAt: string;
      /** @description Who ticked it, when the account has a name */
      tickedByName: string | null;
    };
    ConsortiumCreate: {
      name: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      fundingCallId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      projectId?: string | null;
      notes?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
      partners?: components['schemas']['ConsortiumPartnerCreate'][];
    };
    ConsortiumPartnerCreate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId: string;
      /** @enum {string} */
      role:
        'main_implementer' | 'co_implementer' | 'network_partner' | 'funder' | 'steering_group' | 'partner';
      budgetEur?: number | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      contactPersonId?: string | null;
    };
    ConsortiumUpdate: {
      name?: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      projectId?: string | null;
      notes?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    ConsortiumPartnerUpdate: {
      /** @enum {string} */
      role?:
        'main_implementer' | 'co_implementer' | 'network_partner' | 'funder' | 'steering_group' | 'partner';
      budgetEur?: number | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      contactPersonId?: string | null;
    };
    ConsortiumRuleVerdict: {
      index: number;
      rule: components['schemas']['CallRule'];
      /** @description null: cannot be told yet, or for the user to tick */
      met: boolean | null;
      count: number | null;
      network?: {
        nameFi: string;
        nameSv: string | null;
        nameEn: string | null;
      };
      /** @description The member towns counted, each named by the member that stands for it */
      towns?: {
        member: {
          id: string;
          nameFi: string;
          nameSv: string | null;
          nameEn: string | null;
        };
        partnerIds: string[];
      }[];
      /** @description Partners in no member town */
      outside?: {
        id: string;
        nameFi: string;
        nameSv: string | null;
        nameEn: string | null;
      }[];
      kinds?: {
        kind: string;
        count: number;
        needed: number;
      }[];
      suggestions: {
        id: string;
        nameFi: string;
        nameSv: string | null;
        nameEn: string | null;
        /** @enum {string} */
        kind:
          | 'company'
          | 'education'
          | 'rdi'
          | 'municipality'
          | 'development_company'
          | 'funder'
          | 'association'
          | 'public_agency'
          | 'other';
        municipalityCode: string | null;
        municipalityFi: string | null;
        municipalitySv: string | null;
        municipalityEn: string | null;
        /** @description Offered competences matching the call’s themes */
        themeOffers: number;
      }[];
    };
    CallRule:
      | {
          /** @enum {string} */
          kind: 'minOrganisations';
          count: number;
        }
      | {
          /** @enum {string} */
          kind: 'maxOrganisations';
          count: number;
        }
      | {
          /** @enum {string} */
          kind: 'minMembersOfNetwork';
          /**
           * Format: uuid
           * @description Opaque identifier
           */
          networkId: string;
          count: number;
        }
      | {
          /** @enum {string} */
          kind: 'requiredOrganisationKinds';
          kinds: (
            | 'company'
            | 'education'
            | 'rdi'
            | 'municipality'
            | 'development_company'
            | 'funder'
            | 'association'
            | 'public_agency'
            | 'other'
          )[];
          count?: number;
        }
      | {
          /** @enum {string} */
          kind: 'maxDurationMonths';
          months: number;
        }
      | {
          /** @enum {string} */
          kind: 'budgetShare';
          /** @enum {string} */
          role:
            | 'main_implementer'
            | 'co_implementer'
            | 'network_partner'
            | 'funder'
            | 'steering_group'
            | 'partner';
          minPercent?: number;
          maxPercent?: number;
        }
      | {
          /** @enum {string} */
          kind: 'note';
          textFi: string;
          textSv?: string | null;
          textEn?: string | null;
        };
    ConsortiumRuleTickChange: {
      ticked: boolean;
    };
    ProjectReportSummary: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      projectId: string;
      /** @enum {string} */
      template: 'erdf_progress' | 'steering_group';
      /** @enum {string} */
      lang: 'fi' | 'sv' | 'en';
      /** Format: date */
      periodStart: string;
      /** Format: date */
      periodEnd: string;
      updatedAt: string;
      updatedBy: string;
      canEdit: boolean;
    };
    ProjectReport: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      projectId: string;
      /** @enum {string} */
      template: 'erdf_progress' | 'steering_group';
      /** @enum {string} */
      lang: 'fi' | 'sv' | 'en';
      /** Format: date */
      periodStart: string;
      /** Format: date */
      periodEnd: string;
      updatedAt: string;
      updatedBy: string;
      canEdit: boolean;
      texts: {
        project?: string;
        actions?: string;
        results?: string;
        communication?: string;
        cooperation?: string;
        deviations?: string;
        nextPeriod?: string;
        agenda?: string;
        status?: string;
        decisions?: string;
        nextMeeting?: string;
      };
      omitted: string[];
      sections: {
        key: string;
        blocks: string[];
      }[];
      data: components['schemas']['ProjectReportData'];
    };
    ProjectReportData: {
      project: {
        id: string;
        name: string;
        names: {
          fi: string;
          sv: string | null;
          en: string | null;
        };
        programme: string | null;
        fundingCall: string | null;
        funders: string[];
        startOn: string | null;
        endOn: string | null;
        budgetEur: number | null;
        status: string;
      };
      roles: {
        id: string;
        organisation: string;
        kind: string;
        role: string;
        note: string | null;
      }[];
      events: {
        id: string;
        title: string;
        kind: string;
        startsAt: string;
        location: string | null;
        participants: number;
        byKind: {
          [key: string]: number;
        };
        byRole: {
          [key: string]: number;
        };
      }[];
      workshops: {
        id: string;
        title: string;
        event: string | null;
        on: string;
        participants: number;
        /** @description Distinct organisations the participants named */
        organisations: number;
        ideas: number;
        /** @description Strategy goals made from the workshop */
        goals: number;
        /** @description Development actions made from the workshop */
        actions: number;
      }[];
      mapping: {
        id: string;
        name: string;
        opensOn: string;
        closesOn: string;
        respondents: number;
        answered: number;
      }[];
      pictures: {
        id: string;
        /** @enum {string} */
        kind: 'snapshot' | 'report';
        scopeKind: string;
        scopeName: string;
        on: string;
        published: boolean;
      }[];
      goals: {
        id: string;
        strategy: string;
        title: string;
        indicator: string;
        unit: string | null;
        baselineValue: number | null;
        baselineYear: number | null;
        targetValue: number | null;
        targetYear: number | null;
        actualValue: number | null;
        actualOn: string | null;
      }[];
      actions: {
        id: string;
        strategy: string;
        title: string;
        status: string;
        owner: string | null;
        startOn: string | null;
        endOn: string | null;
        inProject: boolean;
      }[];
      contacts: {
        logged: number;
        won: {
          id: string;
          organisation: string;
          on: string;
        }[];
      };
    };
    ProjectReportCreate: {
      /** @enum {string} */
      template: 'erdf_progress' | 'steering_group';
      /** @enum {string} */
      lang: 'fi' | 'sv' | 'en';
      /** Format: date */
      periodStart: string;
      /** Format: date */
      periodEnd: string;
    };
    ProjectReportUpdate: {
      texts?: {
        project?: string;
        actions?: string;
        results?: string;
        communication?: string;
        cooperation?: string;
        deviations?: string;
        nextPeriod?: string;
        agenda?: string;
        status?: string;
        decisions?: string;
        nextMeeting?: string;
      };
      omitted?: string[];
    };
    EccpProfileAnswer: {
      /** Format: uuid */
      ecosystemId: string;
      profile: components['schemas']['EccpProfile'];
      check: components['schemas']['EccpCheck'];
    };
    EccpProfile: {
      organisationName: string;
      acronym: null;
      description: string | null;
      /** @enum {string} */
      country: 'Finland';
      regions: {
        name: string;
        nuts3: string;
      }[];
      towns: string[];
      clusterManagement: {
        name: string;
        /** @enum {string} */
        source: 'orchestrator' | 'workspace';
      } | null;
      website: string | null;
      contact: {
        role: string;
        email: string;
        phone: string | null;
      } | null;
      yearOfEstablishment: null;
      clusterLabels: string[];
      members: {
        total: number;
        committed: number;
        byType: {
          sme?: number;
          large_company?: number;
          company_size_unknown?: number;
          research_organisation?: number;
          university?: number;
          public_body?: number;
          other?: number;
        };
      };
      sectors: (
        | 'Agricultural inputs and services'
        | 'Automotive'
        | 'Biopharmaceuticals'
        | 'Business services'
        | 'Communications equipment and services'
        | 'Construction products and services'
        | 'Downstream chemical products'
        | 'Education and knowledge creation'
        | 'Electric power generation and transmission'
        | 'Environmental services'
        | 'Fishing and fishing products'
        | 'Food processing and manufacturing'
        | 'Forestry'
        | 'Hospitality and tourism'
        | 'Information technology and analytical instruments'
        | 'Lighting and electrical equipment'
        | 'Medical devices'
        | 'Metal mining'
        | 'Metalworking technology'
        | 'Paper and packaging'
        | 'Production technology and heavy machinery'
        | 'Upstream chemical products'
        | 'Upstream metal manufacturing'
        | 'Water transportation'
        | 'Wood products'
      )[];
      industrialEcosystems: (
        | 'Aerospace & defence'
        | 'Agri-food'
        | 'Construction'
        | 'Cultural and creative industries'
        | 'Digital'
        | 'Electronics'
        | 'Energy-intensive industries'
        | 'Energy-renewables'
        | 'Health'
        | 'Mobility-Transport-Automotive'
        | 'Proximity, social economy and civil society'
        | 'Retail'
        | 'Textiles'
        | 'Tourism'
      )[];
      emergingIndustries: (
        | 'Advanced packaging'
        | 'Biopharmaceuticals'
        | 'Blue growth industries'
        | 'Creative industries'
        | 'Digital industries'
        | 'Environmental industries'
        | 'Experience industries'
        | 'Logistical services'
        | 'Medical devices'
        | 'Mobility technologies'
      )[];
      technologyFields: string[];
      naceCodes: {
        code: string;
        section: string;
        division: string;
        members: number;
      }[];
      cooperationInterests: string[];
      gaps: (
        | {
            /** @enum {string} */
            field: 'name' | 'description';
            /** @enum {string} */
            reason: 'needs_translation';
          }
        | {
            /** @enum {string} */
            field: 'themes';
            /** @enum {string} */
            reason: 'unmapped';
            themes: string[];
          }
        | {
            /** @enum {string} */
            field: 'members';
            /** @enum {string} */
            reason: 'size_unknown';
            count: number;
          }
        | {
            /** @enum {string} */
            field: 'acronym' | 'year_of_establishment' | 'cluster_labels';
            /** @enum {string} */
            reason: 'not_in_solmu';
          }
      )[];
    };
    EccpCheck: {
      ready: boolean;
      criteria: {
        /** @enum {string} */
        criterion:
          | 'committed_members'
          | 'member_types'
          | 'companies'
          | 'public_bodies'
          | 'cluster_management'
          | 'management_capacity'
          | 'english_description'
          | 'website'
          | 'contact'
          | 'sectors'
          | 'activity';
        /** @enum {string} */
        status: 'met' | 'not_met' | 'check_by_hand';
        figures: {
          [key: string]: number | string;
        };
        why: string;
      }[];
      missing: (
        | 'committed_members'
        | 'member_types'
        | 'companies'
        | 'public_bodies'
        | 'cluster_management'
        | 'management_capacity'
        | 'english_description'
        | 'website'
        | 'contact'
        | 'sectors'
        | 'activity'
      )[];
    };
    Workshop: {
      id: string;
      strategyId: string;
      eventId: string | null;
      titleFi: string;
      titleSv: string | null;
      titleEn: string | null;
      /** @description The code participants join with (six letters and digits) */
      joinCode: string;
      /** @enum {string} */
      status: 'draft' | 'open' | 'closed';
      voteBudget: number;
      currentPhaseId: string | null;
      /** @description True for the demo's fictional example workshop */
      example: boolean;
      createdAt: string;
      updatedAt: string;
      /** @description Whether you may run it (the editor role on its strategy) */
      canEdit: boolean;
    };
    WorkshopBoard: {
      workshop: components['schemas']['Workshop'];
      phases: components['schemas']['WorkshopPhase'][];
      participants: components['schemas']['WorkshopParticipant'][];
      ideas: components['schemas']['WorkshopIdea'][];
      groups: components['schemas']['WorkshopGroup'][];
      /** @description The goals and actions made from the workshop, each with the idea or group it came from */
      outcome: {
        goalId: string | null;
        actionId: string | null;
        ideaId: string | null;
        groupId: string | null;
        dots: number;
        /** @description The goal's or the action's title */
        titleFi: string | null;
        titleSv: string | null;
        titleEn: string | null;
      }[];
      /** @description Send it as Last-Event-ID to the stream to get only what is newer */
      lastEventId: number;
    };
    WorkshopPhase: {
      id: string;
      position: number;
      /** @enum {string} */
      kind: 'current_state' | 'vision' | 'ideas' | 'grouping' | 'voting' | 'commitments';
      titleFi: string;
      titleSv: string | null;
      titleEn: string | null;
      promptFi: string | null;
      promptSv: string | null;
      promptEn: string | null;
      /** @enum {string} */
      status: 'pending' | 'open' | 'closed';
    };
    WorkshopParticipant: {
      id: string;
      displayName: string;
      organisationName: string;
    };
    WorkshopIdea: {
      id: string;
      phaseId: string;
      /** @description Null for the facilitator's own idea */
      participantId: string | null;
      text: string;
      groupId: string | null;
      position: number;
      dots: number;
      createdAt: string;
    };
    WorkshopGroup: {
      id: string;
      title: string;
      position: number;
      dots: number;
    };
    WorkshopCreate: {
      /** Format: uuid */
      strategyId: string;
      /** Format: uuid */
      eventId?: string | null;
      titleFi: string;
      titleSv?: string | null;
      titleEn?: string | null;
      /** @description Dots each participant may give (1–20, 5 unless said) */
      voteBudget?: number;
      /**
       * @default strategy
       * @enum {string}
       */
      template: 'strategy';
    };
    WorkshopUpdate: {
      titleFi?: string;
      titleSv?: string | null;
      titleEn?: string | null;
      voteBudget?: number;
      /** @enum {string} */
      status?: 'draft' | 'open' | 'closed';
    };
    WorkshopIdeaCreate: {
      text: string;
      /** Format: uuid */
      phaseId: string;
    };
    WorkshopIdeaPlacement: {
      /** Format: uuid */
      groupId: string | null;
      position?: number;
    };
    WorkshopGroupCreate: {
      title: string;
    };
    WorkshopGroupUpdate: {
      title?: string;
      position?: number;
    };
    WorkshopOutcomeMade: {
      goalIds: string[];
      actionIds: string[];
    };
    WorkshopOutcome: {
      /** @default [] */
      goals: {
        /** @description The goal's name within this request, for actions to point to */
        key: string;
        source:
          | {
              /** Format: uuid */
              ideaId: string;
            }
          | {
              /** Format: uuid */
              groupId: string;
            };
        titleFi: string;
        titleSv?: string | null;
        titleEn?: string | null;
        indicator: string;
        unit?: string | null;
        baselineValue?: number | null;
        baselineYear?: number | null;
        targetValue: number;
        /** @default 2027 */
        targetYear: number;
      }[];
      /** @default [] */
      actions: {
        source:
          | {
              /** Format: uuid */
              ideaId: string;
            }
          | {
              /** Format: uuid */
              groupId: string;
            };
        titleFi: string;
        titleSv?: string | null;
        titleEn?: string | null;
        goalKey?: string;
        /** Format: uuid */
        ownerOrganisationId?: string | null;
        /** Format: date */
        startOn?: string | null;
        /** Format: date */
        endOn?: string | null;
        /** @default [] */
        projectIds: string[];
      }[];
    };
    JoinInfo: {
      workshop: components['schemas']['JoinWorkshop'];
      phase: components['schemas']['WorkshopPhase'] & (Record<string, never> | null);
    };
    JoinWorkshop: {
      titleFi: string;
      titleSv: string | null;
      titleEn: string | null;
      /** @enum {string} */
      status: 'draft' | 'open' | 'closed';
      voteBudget: number;
    };
    WorkshopJoined: {
      participantId: string;
      token: string;
    };
    WorkshopJoin: {
      displayName: string;
      organisationName?: string;
      /**
       * @description The participant accepted the consent notice
       * @enum {boolean}
       */
      consent: true;
    };
    ParticipantState: {
      phase: components['schemas']['WorkshopPhase'] & (Record<string, never> | null);
      myIdeas: {
        id: string;
        phaseId: string;
        text: string;
        createdAt: string;
      }[];
      /** @description While the vote is open: every idea to vote on, without who wrote it */
      ideas: {
        id: string;
        text: string;
        groupId: string | null;
        groupTitle: string | null;
      }[];
      myVotes: {
        ideaId: string;
        dots: number;
      }[];
      dotsLeft: number;
    };
    WorkshopParticipantIdea: {
      text: string;
    };
    WorkshopVoteResult: {
      dotsLeft: number;
    };
    WorkshopVote: {
      dots: number;
    };
    WorkshopCurrentState: {
      /**
       * @description What the strategy is of
       * @enum {string}
       */
      scope: 'ecosystem' | 'network' | 'municipality';
      /** @description What its picture says at a glance and about its strengths (public data only) */
      findings: string[];
    };
    Graph: {
      scope: {
        /** @enum {string} */
        kind: 'network' | 'ecosystem';
        id: string;
        name: string;
      };
      nodes: {
        id: string[];
        nameFi: string[];
        nameSv: (string | null)[];
        nameEn: (string | null)[];
        kind: string[];
        municipalityCode: (string | null)[];
        /** @description Role in the network or ecosystem */
        role: string[];
      };
      measures: {
        /** @description Distinct partners */
        degree: number[];
        weightedDegree: number[];
        pagerank: number[];
        betweenness: number[];
      };
      betweenness: {
        /** @enum {string} */
        mode: 'exact' | 'sampled';
        sources: number;
      };
      edges: {
        /** @description Position of the relation’s source in nodes */
        from: number[];
        to: number[];
        kind: string[];
        weight: number[];
      };
    };
    PartnerSearch: {
      need: {
        /** @enum {string} */
        source: 'competence' | 'text' | 'organisation' | 'ecosystem';
        text: string | null;
        competences: {
          id: string;
          nameFi: string;
          nameSv: string | null;
          nameEn: string | null;
          isTheme: boolean;
        }[];
        /** @description Competences of the same themes */
        nearCompetenceCount: number;
      };
      scope: {
        /** @enum {string} */
        kind: 'town' | 'network' | 'innokaupungit' | 'finland';
        id: string | null;
        name: {
          nameFi: string;
          nameSv: string | null;
          nameEn: string | null;
        } | null;
      };
      asker: {
        /** @enum {string} */
        kind: 'organisation' | 'municipality';
        id: string;
        nameFi: string;
        nameSv: string | null;
        nameEn: string | null;
      } | null;
      total: number;
      /** @description The total was counted only up to a cap (a search not related to a town of more than 1,000 organisations): at least total */
      totalIsAtLeast: boolean;
      limit: number;
      offset: number;
      items: components['schemas']['PartnerCandidate'][];
    };
    PartnerCandidate: {
      organisation: {
        id: string;
        nameFi: string;
        nameSv: string | null;
        nameEn: string | null;
        /** @enum {string} */
        kind:
          | 'company'
          | 'education'
          | 'rdi'
          | 'municipality'
          | 'development_company'
          | 'funder'
          | 'association'
          | 'public_agency'
          | 'other';
        /** @enum {string} */
        sizeClass: 'micro' | 'small' | 'medium' | 'large' | 'unknown';
        municipality: {
          code: string;
          nameFi: string;
          nameSv: string | null;
          nameEn: string | null;
        } | null;
        region: {
          code: string;
          nameFi: string;
          nameSv: string | null;
          nameEn: string | null;
        } | null;
      };
      /** @description The best match, +0.05 for each further matching offer (up to 4) and for mapping evidence */
      score: number;
      /** @description The offers that answer the need, best first (up to 5) */
      matches: {
        /**
         * @description exact: the needed competence; theme: another of its theme; text: the words match
         * @enum {string}
         */
        closeness: 'exact' | 'theme' | 'text';
        /** @description exact 1, theme 0.6, text 0.3 + up to 0.2 by text rank */
        score: number;
        /** @description The offered vocabulary competence; null for a free tag */
        competence: {
          id: string;
          nameFi: string;
          nameSv: string | null;
          nameEn: string | null;
        } | null;
        tag: string | null;
        description: string | null;
        /** @description The mapping answer behind the offer, when one is */
        answerProposalId: string | null;
        /** @description The offer is fictional example data */
        example: boolean;
      }[];
      evidence: {
        projects: {
          id: string;
          nameFi: string;
          nameSv: string | null;
          nameEn: string | null;
          /** @enum {string} */
          role:
            | 'main_implementer'
            | 'co_implementer'
            | 'network_partner'
            | 'funder'
            | 'steering_group'
            | 'partner';
        }[];
        projectCount: number;
        /** @description Distinct partners in visible relations */
        relationCount: number;
        /** @description Matching offers a mapping answer gave */
        mappingAnswerCount: number;
      };
      graph: {
        /** @description Steps from the asker in the relation graph; null when further or unknown */
        distance: 1 | 2 | null;
        commonPartners: {
          id: string;
          nameFi: string;
          nameSv: string | null;
          nameEn: string | null;
        }[];
        commonPartnerCount: number;
      };
      collaboration: {
        sharedProjects: {
          id: string;
          nameFi: string;
          nameSv: string | null;
          nameEn: string | null;
        }[];
        /** @description Direct relations with the asker */
        relationKinds: (
          | 'collaboration'
          | 'project_partner'
          | 'supply_chain'
          | 'customer'
          | 'education'
          | 'ownership'
          | 'membership'
          | 'funding'
          | 'met_at_event'
          | 'other'
        )[];
      };
    };
    MunicipalityBorders: {
      /** @enum {string} */
      type: 'FeatureCollection';
      features: {
        /** @enum {string} */
        type: 'Feature';
        id: string;
        properties: {
          municipalityCode: string;
        };
        geometry: {
          /** @enum {string} */
          type: 'Polygon' | 'MultiPolygon';
          coordinates: unknown[];
        };
      }[];
    };
    ImportRun: {
      id: string;
      workspaceId: string;
      /** @enum {string} */
      visibility: 'private' | 'network' | 'public';
      /** @enum {string} */
      kind: 'ytj' | 'csv' | 'xlsx';
      entity: string;
      fileName: string | null;
      /** @enum {string} */
      state: 'dry_run' | 'running' | 'done' | 'failed';
      counts: {
        rows: number;
        created: number;
        updated: number;
        unchanged: number;
        failed: number;
      };
      errors: {
        line: number | null;
        column: string | null;
        field?: string | null;
        /**
         * @description What is wrong, as a stable code (see docs/formats.md); runs stored before codes existed have none
         * @enum {string}
         */
        code?:
          | 'file_too_large'
          | 'old_excel'
          | 'not_xlsx'
          | 'unsupported_file'
          | 'not_text'
          | 'empty_file'
          | 'unreadable_workbook'
          | 'too_many_columns'
          | 'too_many_rows'
          | 'no_headers'
          | 'content_mismatch'
          | 'encoding_unclear'
          | 'invalid_utf8'
          | 'unreadable_file'
          | 'invalid_json'
          | 'not_ytj_response'
          | 'mapping_not_list'
          | 'mapping_length'
          | 'not_a_field'
          | 'mapped_twice'
          | 'column_missing'
          | 'unknown_default'
          | 'malformed_row'
          | 'row_too_wide'
          | 'cell_too_long'
          | 'missing_value'
          | 'invalid_business_id'
          | 'invalid_date'
          | 'invalid_datetime'
          | 'invalid_number'
          | 'invalid_boolean'
          | 'invalid_industry_code'
          | 'invalid_url'
          | 'unknown_value'
          | 'invalid_value'
          | 'invalid_format'
          | 'too_long'
          | 'too_short'
          | 'too_large'
          | 'too_small'
          | 'unknown_field'
          | 'rule_broken'
          | 'duplicate_business_id'
          | 'duplicate_id'
          | 'same_organisation'
          | 'competence_missing'
          | 'unknown_municipality'
          | 'unknown_organisation'
          | 'ambiguous_organisation'
          | 'unknown_reference'
          | 'ambiguous_reference'
          | 'business_id_elsewhere'
          | 'already_exists'
          | 'not_allowed'
          | 'record_rejected'
          | 'invalid_record'
          | 'import_stopped'
          | 'import_interrupted';
        /** @description Values the code's text names, e.g. { value: '1234567-2' } or { field, maximum } */
        params?: {
          [key: string]: string | number;
        };
        /** @description The reason in English */
        message: string;
      }[];
      /** @description The column mapping used and the one suggested from the headers (spreadsheets only) */
      mapping?: unknown;
      /**
       * @description The character encoding a CSV file was read in: from its byte order mark, valid UTF-8 throughout, 8-bit text without UTF-8 (Windows-1252), or the encoding parameter; null for other files
       * @enum {string|null}
       */
      encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | null;
      message: string | null;
      createdBy: string;
      createdAt: string;
      updatedAt: string;
      finishedAt: string | null;
    };
    YtjCompany: {
      businessId: string;
      name: string;
      /** @description PRH company form code (16 = Oy) */
      companyForm: string | null;
      companyFormName: string | null;
      tol2008: string | null;
      tol2025: string | null;
      postCode: string | null;
      postOffice: string | null;
      website: string | null;
      registrationDate: string | null;
      endDate: string | null;
      active: boolean;
      /** @description The organisation with this business ID you can see, if there is one */
      organisationId: string | null;
    };
    SimilarCompetence: {
      /** Format: uuid */
      id: string;
      slug: string;
      nameFi: string;
      nameSv: string | null;
      nameEn: string | null;
      isTheme: boolean;
      /** @description 1 for the same name, 0.7 and up for a near one */
      similarity: number;
    };
    CompetenceMerge: {
      /** Format: uuid */
      intoId: string;
      /** @description Offers and needs moved to the competence that stays */
      moved: number;
      /** @description Offers and needs the organisation already had under the competence that stays */
      dropped: number;
    };
    Pipeline: {
      stages: {
        /** @enum {string} */
        stage: 'to_contact' | 'contacted' | 'meeting' | 'partner' | 'not_now';
        cards: components['schemas']['PipelineCard'][];
      }[];
    };
    PipelineCard: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      workspaceId: string;
      visibility: string;
      /** @enum {string} */
      stage: 'to_contact' | 'contacted' | 'meeting' | 'partner' | 'not_now';
      organisation: {
        /** Format: uuid */
        id: string;
        nameFi: string;
        nameSv: string | null;
        nameEn: string | null;
        town: {
          nameFi: string;
          nameSv: string | null;
          nameEn: string | null;
        } | null;
        /** @description Fictional example data of the demo */
        example: boolean;
      };
      reason: string | null;
      /** @description The next action */
      nextStep: string | null;
      /** @description The next action falls due on (YYYY-MM-DD) */
      nextStepOn: string | null;
      owner: {
        /** Format: uuid */
        id: string;
        /** @description Display name; never the e-mail address */
        name: string | null;
      } | null;
      /** @description The person the contact is with, when the caller may see them */
      person: {
        /** Format: uuid */
        id: string;
        name: string;
        /** @description The title of the person's role in the organisation, if one is known */
        role: string | null;
      } | null;
      /** @description The competence need the contact serves */
      need: {
        /** Format: uuid */
        id: string;
        nameFi: string;
        nameSv: string | null;
        nameEn: string | null;
      } | null;
      lastActivity: {
        /** @enum {string} */
        kind: 'call' | 'email' | 'meeting' | 'note' | 'stage_change';
        occurredAt: string;
        /** @enum {string|null} */
        toStage: 'to_contact' | 'contacted' | 'meeting' | 'partner' | 'not_now' | null;
      } | null;
      /** @description The public page an investor's enquiry came from, when the card is one */
      enquiry: {
        pageUrl: string;
        receivedAt: string;
      } | null;
      /** @description Fictional example data of the demo */
      example: boolean;
      updatedAt: string;
    };
    PipelineDue: {
      today: string;
      until: string;
      /** @description Overdue first, then by due date */
      items: components['schemas']['PipelineCard'][];
    };
    PipelineOwner: {
      /** Format: uuid */
      id: string;
      /** @description Display name; never the e-mail address */
      name: string | null;
    };
    ContactActivity: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      contactId: string;
      /** @enum {string} */
      kind: 'call' | 'email' | 'meeting' | 'note' | 'stage_change';
      body: string;
      occurredAt: string;
      /** @enum {string|null} */
      fromStage: 'to_contact' | 'contacted' | 'meeting' | 'partner' | 'not_now' | null;
      /**
       * @description The stage moved to (stage changes only)
       * @enum {string|null}
       */
      toStage: 'to_contact' | 'contacted' | 'meeting' | 'partner' | 'not_now' | null;
      createdBy: string;
    };
    FittingCall: {
      id: string;
      titleFi: string;
      titleSv: string | null;
      titleEn: string | null;
      programme: string | null;
      opensOn: string | null;
      deadlineAt: string;
      url: string | null;
      /** @description Fictional example data of the demo */
      example: boolean;
      /** @description How many of the call’s themes fit */
      overlap: number;
      /** @description The call’s themes that fit */
      themes: components['schemas']['CallTheme'][];
      /** @description The ecosystems it fits, with the themes they share with it */
      ecosystems: {
        id: string;
        nameFi: string;
        nameSv: string | null;
        nameEn: string | null;
        themes: components['schemas']['CallTheme'][];
      }[];
      /** @description For organisations: the themes they offer and the required kinds they meet */
      mix: {
        themes: {
          theme: components['schemas']['CallTheme'];
          organisationIds: string[];
        }[];
        kinds: {
          kind: string;
          met: boolean;
          organisationIds: string[];
        }[];
        fits: boolean;
      } | null;
    };
    CallTheme: {
      /** @description Equal for the same theme, whichever language named it */
      key: string;
      fi: string;
      sv: string | null;
      en: string | null;
    };
    GoalRollup: {
      goal: {
        id: string;
        titleFi: string;
        titleSv: string | null;
        titleEn: string | null;
        unitFi: string | null;
        unitSv: string | null;
        unitEn: string | null;
        baselineValue: number | null;
        baselineYear: number | null;
        targetValue: number | null;
        targetYear: number | null;
      };
      /** @enum {string} */
      rule: 'sum' | 'mean' | 'on_track_count' | 'list';
      /** @description Null for a list, or when nothing is measured */
      value: number | null;
      measured: number;
      /** @description Contributions without an actual: left out, not zero */
      missing: number;
      onTrack: number;
      behind: number;
      years: {
        year: number;
        /** @description Null for a list, or when nothing is measured */
        value: number | null;
        measured: number;
        /** @description Contributions without an actual: left out, not zero */
        missing: number;
        onTrack: number;
        behind: number;
      }[];
      contributions: {
        contributionId: string;
        goal: {
          id: string;
          titleFi: string;
          titleSv: string | null;
          titleEn: string | null;
          unitFi: string | null;
          unitSv: string | null;
          unitEn: string | null;
          baselineValue: number | null;
          baselineYear: number | null;
          targetValue: number | null;
          targetYear: number | null;
        };
        strategy: components['schemas']['PlacedStrategyRef'];
        latest: {
          measuredOn: string;
          value: number;
          source: string | null;
        } | null;
        /** @enum {string} */
        state: 'achieved' | 'on-track' | 'off-track' | 'no-data' | 'not-measurable';
        /** @description Behind its line from baseline to target, or overdue */
        behind: boolean;
      }[];
      candidates: {
        goal: {
          id: string;
          titleFi: string;
          titleSv: string | null;
          titleEn: string | null;
          unitFi: string | null;
          unitSv: string | null;
          unitEn: string | null;
          baselineValue: number | null;
          baselineYear: number | null;
          targetValue: number | null;
          targetYear: number | null;
        };
        strategy: components['schemas']['PlacedStrategyRef'];
      }[];
    };
    PlacedStrategyRef: {
      id: string;
      titleFi: string;
      titleSv: string | null;
      titleEn: string | null;
      example: boolean;
      place: components['schemas']['StrategyPlace'];
    };
    /** @description The town or ecosystem a strategy is for, by name */
    StrategyPlace: {
      /** @enum {string} */
      kind: 'municipality' | 'ecosystem';
      municipalityCode: string | null;
      ecosystemId: string | null;
      nameFi: string;
      nameSv: string | null;
      nameEn: string | null;
    };
    /** @description One row for every town of the network */
    NetworkProgress: {
      network: {
        id: string;
        nameFi: string;
        nameSv: string | null;
        nameEn: string | null;
      };
      rows: {
        town: {
          code: string;
          nameFi: string;
          nameSv: string | null;
          nameEn: string | null;
        };
        /** @description The town’s own strategy and its ecosystems’; empty for a town without */
        strategies: components['schemas']['PlacedStrategyRef'][];
        goals: {
          onTrack: number;
          offTrack: number;
          noData: number;
        };
        /** @description Actions by status */
        actions: {
          [key: string]: number;
        };
        latestActualOn: string | null;
      }[];
    };
    RespondentPage: {
      /** @description The questionnaire version the round asks */
      content: {
        [key: string]: unknown;
      };
      /** @description Answers by question key; null takes an answer back */
      answers: {
        [key: string]: unknown;
      };
      /** @enum {string} */
      mode: 'survey' | 'interview';
      submitted: boolean;
      /** @description The round’s name */
      round: {
        nameFi: string;
        nameSv: string | null;
        nameEn: string | null;
      };
      /** @description The questionnaire’s privacy notice: controller, purpose, retention, rights */
      privacyNotice: {
        fi: string | null;
        sv: string | null;
        en: string | null;
      };
      /** @enum {string} */
      lawfulBasis: 'consent' | 'legitimate_interests' | 'public_task';
      /** @description Whether the respondent has given consent */
      consented: boolean;
    };
    SavedAnswers: {
      /** @description Answers by question key; null takes an answer back */
      answers: {
        [key: string]: unknown;
      };
      submitted: boolean;
    };
    RosterHit: {
      /** Format: uuid */
      id: string;
      name: string;
      businessId: string | null;
      municipalityCode: string | null;
      kind: string;
    };
    Questionnaire: {
      id: string;
      workspaceId: string;
      /** @enum {string} */
      visibility: 'private' | 'network';
      nameFi: string;
      nameSv: string | null;
      nameEn: string | null;
      descriptionFi: string | null;
      descriptionSv: string | null;
      descriptionEn: string | null;
      privacyNoticeFi: string | null;
      privacyNoticeSv: string | null;
      privacyNoticeEn: string | null;
      /** @enum {string} */
      lawfulBasis: 'consent' | 'legitimate_interests' | 'public_task';
      latestVersion: number;
      createdAt: string;
      updatedAt: string;
    };
    QuestionnaireCreate: {
      /** @enum {string} */
      visibility?: 'private' | 'network';
      nameFi: string;
      nameSv?: string | null;
      nameEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      privacyNoticeFi?: string | null;
      privacyNoticeSv?: string | null;
      privacyNoticeEn?: string | null;
      /** @enum {string} */
      lawfulBasis?: 'consent' | 'legitimate_interests' | 'public_task';
      /**
       * @description Version 1 from this template
       * @enum {string}
       */
      template?: 'mapping';
      /** @description Version 1 as given (else the template) */
      content?: {
        [key: string]: unknown;
      };
    };
    QuestionnaireUpdate: {
      /** @enum {string} */
      visibility?: 'private' | 'network';
      nameFi?: string;
      nameSv?: string | null;
      nameEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      privacyNoticeFi?: string | null;
      privacyNoticeSv?: string | null;
      privacyNoticeEn?: string | null;
      /** @enum {string} */
      lawfulBasis?: 'consent' | 'legitimate_interests' | 'public_task';
    };
    QuestionnaireContent: {
      version: number;
      latestVersion: number;
      content: {
        [key: string]: unknown;
      };
      versions: {
        version: number;
        createdAt: string;
        roundCount: number;
      }[];
    };
    MappingRound: {
      id: string;
      workspaceId: string;
      /** @enum {string} */
      visibility: 'private' | 'network';
      questionnaireId: string;
      /** @description The questionnaire version the round asks (read-only) */
      version: number;
      nameFi: string;
      nameSv: string | null;
      nameEn: string | null;
      /** @enum {string} */
      scope: 'ecosystem' | 'network' | 'municipality';
      ecosystemId: string | null;
      networkId: string | null;
      municipalityCode: string | null;
      opensOn: string;
      closesOn: string;
      answersKeptUntil: string | null;
      closedAt: string | null;
      /** @description True for the demo’s example round: its answers are fictional example data (read-only; `solmu seed --remove-examples` deletes it) */
      example: boolean;
      createdAt: string;
      updatedAt: string;
    };
    MappingRoundCreate: {
      /** Format: uuid */
      questionnaireId: string;
      /** @enum {string} */
      visibility?: 'private' | 'network';
      nameFi: string;
      nameSv?: string | null;
      nameEn?: string | null;
      /** @enum {string} */
      scope: 'ecosystem' | 'network' | 'municipality';
      /** Format: uuid */
      ecosystemId?: string | null;
      /** Format: uuid */
      networkId?: string | null;
      /** @description Statistics Finland municipality code */
      municipalityCode?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      opensOn: string;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      closesOn: string;
      /**
       * Format: date
       * @description The day the privacy notice promises: after it the respondents are anonymised and their free-text answers deleted
       */
      answersKeptUntil?: string | null;
    };
    MappingRoundUpdate: {
      /** @enum {string} */
      visibility?: 'private' | 'network';
      nameFi?: string;
      nameSv?: string | null;
      nameEn?: string | null;
      /** @enum {string} */
      scope?: 'ecosystem' | 'network' | 'municipality';
      /** Format: uuid */
      ecosystemId?: string | null;
      /** Format: uuid */
      networkId?: string | null;
      /** @description Statistics Finland municipality code */
      municipalityCode?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      opensOn?: string;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      closesOn?: string;
      /**
       * Format: date
       * @description The day the privacy notice promises: after it the respondents are anonymised and their free-text answers deleted
       */
      answersKeptUntil?: string | null;
    };
    RoundCompletion: {
      total: number;
      byState: {
        not_opened: number;
        opened: number;
        draft: number;
        submitted: number;
      };
      byMunicipality: {
        municipalityCode: string | null;
        municipalityName: string | null;
        total: number;
        submitted: number;
        draft: number;
        notOpened: number;
      }[];
      byKind: {
        kind: string | null;
        total: number;
        submitted: number;
        draft: number;
        notOpened: number;
      }[];
    };
    RoundRespondent: {
      id: string;
      displayName: string;
      organisationId: string | null;
      organisationName: string | null;
      personId: string | null;
      municipalityCode: string | null;
      municipalityName: string | null;
      organisationKind: string | null;
      hasEmail: boolean;
      /** @enum {string} */
      language: 'fi' | 'sv' | 'en';
      /** @enum {string} */
      mode: 'survey' | 'interview';
      /** @enum {string} */
      state: 'not_opened' | 'opened' | 'draft' | 'submitted';
      openedAt: string | null;
      submittedAt: string | null;
      remindedAt: string | null;
      linkExpiresAt: string | null;
      linkRevoked: boolean;
      interviewer: string | null;
      interviewedOn: string | null;
    };
    RespondentLink: {
      token: string;
      /** @description The respondent’s page, relative: /{lang}/answer/{token} */
      url: string;
      expiresAt: string;
    };
    RoundRespondentsAdd: {
      respondents?: {
        /** Format: uuid */
        organisationId?: string;
        /** Format: uuid */
        personId?: string;
        displayName?: string;
        /** Format: email */
        email?: string;
        /**
         * @description Mails and link (fi by default)
         * @enum {string}
         */
        language?: 'fi' | 'sv' | 'en';
      }[];
      /** @description One "Name <address>" a line; each bad line is named and nothing is added */
      pasted?: string;
    };
    RoundInvitationResult: {
      sent: number;
      skipped: {
        id: string;
        /** @enum {string} */
        reason: 'submitted' | 'no_email' | 'send_failed';
      }[];
      links: {
        respondentId: string;
        url: string;
      }[];
    };
    RoundInvitations: {
      /** @description Everyone by default */
      respondentIds?: string[];
      /** @enum {string} */
      kind: 'invitation' | 'reminder';
    };
    Interview: {
      displayName: string;
      content: {
        [key: string]: unknown;
      };
      /** @description Answers by question key; null takes an answer back */
      answers: {
        [key: string]: unknown;
      };
      /** @enum {string} */
      mode: 'survey' | 'interview';
      submitted: boolean;
      interviewer: string | null;
      interviewedOn: string | null;
      interviewNotes: string | null;
      privacyNotice: {
        fi: string | null;
        sv: string | null;
        en: string | null;
      };
      /** @enum {string} */
      lawfulBasis: 'consent' | 'legitimate_interests' | 'public_task';
      consented: boolean;
    };
    InterviewSave: {
      /** @description Answers by question key; null takes an answer back */
      answers: {
        [key: string]: unknown;
      };
      /** @default false */
      submit: boolean;
      interviewer: string;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      interviewedOn: string;
      interviewNotes?: string | null;
      /** @description The interviewee consents; required on submit when the lawful basis is consent */
      consent?: boolean;
    };
    EventInvitationsSent: {
      sent: number;
      skipped: {
        participantId: string;
        /** @enum {string} */
        reason: 'no_email' | 'send_failed' | 'no_mail_server';
      }[];
    };
    EventSeries: {
      id: string;
      titleFi: string;
      titleSv: string | null;
      titleEn: string | null;
      /** @enum {string} */
      frequency: 'weekly' | 'monthly';
      count: number | null;
      untilOn: string | null;
      /** @enum {string} */
      visibility: 'private' | 'network' | 'public';
      workspaceId: string;
      /** @description The sessions the caller may see, in the order they start */
      sessions: {
        id: string;
        titleFi: string;
        titleSv: string | null;
        titleEn: string | null;
        startsAt: string;
        endsAt: string | null;
      }[];
    };
    EventSeriesCreate: {
      titleFi: string;
      titleSv?: string | null;
      titleEn?: string | null;
      /** @enum {string} */
      frequency: 'weekly' | 'monthly';
      /** @description How many sessions */
      count?: number;
      /**
       * Format: date
       * @description The last day a session may fall on (Finnish time)
       */
      untilOn?: string;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
      /** @description The first session: the others recur from it */
      session: {
        /** @enum {string} */
        kind: 'webinar' | 'visit' | 'workshop' | 'get_together' | 'seminar' | 'other';
        descriptionFi?: string | null;
        descriptionSv?: string | null;
        descriptionEn?: string | null;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        startsAt: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time
         */
        endsAt?: string | null;
        location?: string | null;
        /** @description Statistics Finland municipality code */
        municipalityCode?: string | null;
        isOnline?: boolean;
        /** Format: uri */
        onlineUrl?: string | null;
        /**
         * Format: uuid
         * @description Opaque identifier
         */
        projectId?: string | null;
        /**
         * Format: uuid
         * @description Opaque identifier
         */
        networkId?: string | null;
        /**
         * Format: uuid
         * @description Opaque identifier
         */
        ecosystemId?: string | null;
      };
    };
    EventSeriesUpdate: {
      titleFi?: string;
      titleSv?: string | null;
      titleEn?: string | null;
    };
    EventSeriesDeleted: {
      /** @description The sessions deleted: still ahead, without participants or notes */
      deleted: string[];
      /** @description The sessions kept as events of their own: held, or with participants or notes */
      kept: string[];
    };
    AnswerProposal: {
      id: string;
      /** @enum {string} */
      kind: 'relation' | 'organisation' | 'competence';
      /** @enum {string} */
      status: 'pending' | 'accepted' | 'merged' | 'rejected' | 'withdrawn';
      questionKey: string;
      questionLabel: {
        fi: string;
        sv: string | null;
        en: string | null;
      };
      respondentId: string;
      respondentName: string;
      /** @description The respondent’s organisation */
      organisationId: string | null;
      payload: {
        [key: string]: unknown;
      };
      /** @description The fact an accepted or merged proposal stands for */
      recordId: string | null;
      /** @description Possible duplicates of a new actor (pending organisation proposals) */
      candidates?: {
        organisationId: string;
        name: string;
        businessId: string | null;
        municipalityCode: string | null;
        /** @description How near, 0 to 1 */
        score: number;
        /** @enum {string} */
        reason: 'business_id' | 'name';
      }[];
      /** @description Near terms of the vocabulary for a named competence (pending) */
      competenceCandidates?: {
        competenceId: string;
        name: string;
        score: number;
      }[];
      answeredAt: string;
    };
    ProposalDecided: {
      id: string;
      /** @enum {string} */
      status: 'pending' | 'accepted' | 'merged' | 'rejected' | 'withdrawn';
      recordId: string | null;
    };
    RoundAnalysis: {
      round: {
        id: string;
        name: {
          fi: string;
          sv?: string | null;
          en?: string | null;
        };
        version: number;
      };
      /** @description Respondents who submitted */
      respondents: number;
      questions: components['schemas']['QuestionSummary'][];
      byMunicipality: {
        municipalityCode: string | null;
        municipalityName: string | null;
        n: number;
      }[];
      byKind: {
        kind: string | null;
        n: number;
      }[];
    };
    QuestionSummary: {
      key: string;
      /** @enum {string} */
      type:
        | 'single'
        | 'multiple'
        | 'scale'
        | 'number'
        | 'text'
        | 'date'
        | 'yesno'
        | 'competences'
        | 'actors'
        | 'partners';
      label: {
        fi: string;
        sv?: string | null;
        en?: string | null;
      };
      /** @description Respondents who answered */
      n: number;
      counts?: {
        option: string;
        label: {
          fi: string;
          sv?: string | null;
          en?: string | null;
        };
        n: number;
        /** @description Of those who answered the question */
        share: number;
      }[];
      mean?: number | null;
      median?: number | null;
      min?: number | null;
      max?: number | null;
      distribution?: {
        value: number;
        n: number;
      }[];
      earliest?: string | null;
      latest?: string | null;
      /** @description Open answers written */
      texts?: number;
    };
    RoundComparison: {
      first: {
        id: string;
        name: {
          fi: string;
          sv?: string | null;
          en?: string | null;
        };
        version: number;
      };
      second: {
        id: string;
        name: {
          fi: string;
          sv?: string | null;
          en?: string | null;
        };
        version: number;
      };
      respondents: {
        first: number;
        second: number;
      };
      shared: {
        key: string;
        /** @enum {string} */
        type:
          | 'single'
          | 'multiple'
          | 'scale'
          | 'number'
          | 'text'
          | 'date'
          | 'yesno'
          | 'competences'
          | 'actors'
          | 'partners';
        label: {
          fi: string;
          sv?: string | null;
          en?: string | null;
        };
        first: components['schemas']['QuestionSummary'];
        second: components['schemas']['QuestionSummary'];
        meanChange?: number | null;
        options?: {
          option: string;
          first: number;
          second: number;
          shareChange: number;
        }[];
      }[];
      onlyFirst: string[];
      onlySecond: string[];
      differentType: string[];
    };
    RoundTexts: {
      data: {
        respondentId: string;
        respondentName: string;
        organisationName: string | null;
        questionKey: string;
        text: string;
        themes: string[];
        /** @description Marked as a quote usable in the report */
        usable: boolean;
      }[];
    };
    ThemeSuggestions: {
      data: {
        stem: string;
        terms: string[];
        /** @description Answers using the stem */
        n: number;
        /** @description Times it occurs */
        count: number;
        /** @enum {string} */
        language: 'fi' | 'sv' | 'en';
      }[];
    };
    AnswerCodes: {
      respondentId: string;
      questionKey: string;
      themes: string[];
    };
    AnswerQuote: {
      respondentId: string;
      questionKey: string;
      usable: boolean;
    };
    OpenPage: {
      path: string;
      /** @enum {string} */
      kind: 'municipality' | 'ecosystem' | 'network';
      nameFi: string;
      nameSv: string | null;
      nameEn: string | null;
      addressFi: string;
      addressSv: string;
      addressEn: string;
      publishedAt: string;
    };
    OpenOrganisationPage: {
      items: components['schemas']['OpenOrganisation'][];
      nextCursor: string | null;
    };
    OpenOrganisation: {
      id: string;
      nameFi: string;
      nameSv: string | null;
      nameEn: string | null;
      businessId: string | null;
      /** @enum {string} */
      kind:
        | 'company'
        | 'education'
        | 'rdi'
        | 'municipality'
        | 'development_company'
        | 'funder'
        | 'association'
        | 'public_agency'
        | 'other';
      municipalityCode: string | null;
      municipalityNameFi: string | null;
      municipalityNameSv: string | null;
      /** @description TOL 2008 */
      industryCode: string | null;
      industryNameFi: string | null;
      industryNameSv: string | null;
      industryNameEn: string | null;
      website: string | null;
      /** @description Agreed to be shown as a key actor on public pages */
      publicConsent: boolean;
    };
    OpenEventPage: {
      items: components['schemas']['OpenEvent'][];
      nextCursor: string | null;
    };
    OpenEvent: {
      id: string;
      /** @enum {string} */
      kind: 'webinar' | 'visit' | 'workshop' | 'get_together' | 'seminar' | 'other';
      titleFi: string;
      titleSv: string | null;
      titleEn: string | null;
      startsAt: string;
      endsAt: string | null;
      location: string | null;
      isOnline: boolean;
      onlineUrl: string | null;
      municipalityCode: string | null;
      municipalityNameFi: string | null;
      municipalityNameSv: string | null;
      ecosystemId: string | null;
      ecosystemNameFi: string | null;
      networkId: string | null;
      networkNameFi: string | null;
    };
    OpenEcosystemPage: {
      items: components['schemas']['OpenEcosystem'][];
      nextCursor: string | null;
    };
    OpenEcosystem: {
      id: string;
      slug: string;
      nameFi: string;
      nameSv: string | null;
      nameEn: string | null;
      descriptionFi: string | null;
      descriptionSv: string | null;
      descriptionEn: string | null;
      themes: string[];
      municipalities: components['schemas']['OpenMunicipality'][];
    };
    OpenMunicipality: {
      code: string;
      nameFi: string;
      nameSv: string | null;
      nameEn: string | null;
    };
    OpenNetworkPage: {
      items: components['schemas']['OpenNetwork'][];
      nextCursor: string | null;
    };
    OpenNetwork: {
      id: string;
      slug: string;
      /** @enum {string} */
      kind: 'town_network' | 'city_network' | 'thematic_network' | 'other';
      nameFi: string;
      nameSv: string | null;
      nameEn: string | null;
      descriptionFi: string | null;
      descriptionSv: string | null;
      descriptionEn: string | null;
      startOn: string | null;
      endOn: string | null;
      /** @description The towns its public members stand for */
      municipalities: components['schemas']['OpenMunicipality'][];
    };
    OpenKeyFigures: {
      municipality: components['schemas']['OpenMunicipality'];
      publicActors: number;
      actorsByKind: {
        /** @enum {string} */
        kind:
          | 'company'
          | 'education'
          | 'rdi'
          | 'municipality'
          | 'development_company'
          | 'funder'
          | 'association'
          | 'public_agency'
          | 'other';
        count: number;
      }[];
      /** @description Public ecosystems of the town */
      ecosystems: number;
      /** @description Public events of the town not yet over */
      upcomingEvents: number;
      /** @description From Statistics Finland's table of jobs when it has been imported; null otherwise */
      jobsByIndustry: {
        year: number;
        source: string;
        title: string | null;
        industries: {
          industryCode: string;
          nameFi: string | null;
          nameSv: string | null;
          nameEn: string | null;
          jobs: number;
        }[];
      } | null;
    };
    OpenDownloads: {
      licence: {
        id: string;
        url: string;
      };
      datasets: {
        /** @enum {string} */
        name: 'organisations' | 'events' | 'ecosystems' | 'networks' | 'pages';
        description: string;
        /** @description How many records the files hold now */
        records: number;
        modifiedAt: string | null;
        files: {
          /** @enum {string} */
          format: 'csv' | 'json';
          mediaType: string;
          url: string;
        }[];
      }[];
    };
    PublicPage: {
      id: string;
      workspaceId: string;
      /** @enum {string} */
      kind: 'municipality' | 'ecosystem' | 'network';
      municipalityCode: string | null;
      ecosystemId: string | null;
      networkId: string | null;
      /** @description The name of the town, ecosystem or network */
      name: {
        fi: string | null;
        sv: string | null;
        en: string | null;
      };
      /** @description The address after /{lang}/invest/ */
      path: string;
      intro: {
        fi: string | null;
        sv: string | null;
        en: string | null;
      };
      contacts: {
        role: {
          fi: string;
          sv?: string;
          en?: string;
        };
        email: string;
        phone?: string;
        personName?: string;
        /**
         * Format: date
         * @description Calendar date, YYYY-MM-DD
         */
        personConsentOn?: string;
      }[];
      /** @description When published; null: a draft */
      publishedAt: string | null;
      publishedBy: string | null;
      storyCount: number;
      updatedAt: string;
      updatedBy: string;
      canEdit: boolean;
    };
    /** @description A town (municipalityCode), an ecosystem or a network; the address is suggested when left out */
    PublicPageCreate:
      | {
          municipalityCode: string;
          path?: string;
        }
      | {
          /** Format: uuid */
          ecosystemId: string;
          path?: string;
        }
      | {
          /** Format: uuid */
          networkId: string;
          path?: string;
        };
    PublicPageUpdate: {
      path?: string;
      introFi?: string | null;
      introSv?: string | null;
      introEn?: string | null;
      /** @description Contacts by role: a role address; a person named only with the date of their consent */
      contacts?: {
        role: {
          fi: string;
          sv?: string;
          en?: string;
        };
        email: string;
        phone?: string;
        personName?: string;
        /**
         * Format: date
         * @description Calendar date, YYYY-MM-DD
         */
        personConsentOn?: string;
      }[];
    };
    PublicStory: {
      id: string;
      publicPageId: string;
      title: {
        fi: string | null;
        sv: string | null;
        en: string | null;
      };
      body: {
        fi: string | null;
        sv: string | null;
        en: string | null;
      };
      publishedOn: string | null;
      /** @description The image and its alt texts; null: none */
      image: {
        type: string;
        alt: {
          fi: string | null;
          sv: string | null;
          en: string | null;
        };
        url: string;
      } | null;
      /** @description Fictional example data of the demo */
      example: boolean;
      updatedAt: string;
    };
    PublicStoryCreate: {
      titleFi: string;
      titleSv?: string | null;
      titleEn?: string | null;
      bodyFi: string;
      bodySv?: string | null;
      bodyEn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      publishedOn?: string | null;
    };
    PublicStoryUpdate: {
      titleFi?: string;
      titleSv?: string | null;
      titleEn?: string | null;
      bodyFi?: string;
      bodySv?: string | null;
      bodyEn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      publishedOn?: string | null;
    };
    OrganisationPage: {
      items: components['schemas']['Organisation'][];
      nextCursor: string | null;
      total: number;
    };
    Organisation: {
      id: string;
      workspaceId: string;
      /** @enum {string|null} */
      kind:
        | 'company'
        | 'education'
        | 'rdi'
        | 'municipality'
        | 'development_company'
        | 'funder'
        | 'association'
        | 'public_agency'
        | 'other'
        | null;
      nameFi: string | null;
      nameSv: string | null;
      nameEn: string | null;
      /** @description Finnish business ID (Y-tunnus), 1234567-8 */
      businessId: string | null;
      /** @description TOL 2008 industry code, 2–5 digits */
      tolCode: string | null;
      /** @description Statistics Finland municipality code */
      municipalityCode: string | null;
      /** Format: uri */
      website: string | null;
      descriptionFi: string | null;
      descriptionSv: string | null;
      descriptionEn: string | null;
      /** @enum {string|null} */
      sizeClass: 'micro' | 'small' | 'medium' | 'large' | 'unknown' | null;
      isPublic: boolean | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      lastVerifiedOn: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      publicConsentOn: string | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      regionCode: string | null;
      /** @description The TOL 2008 code resolved to its division and section */
      industry: {
        code: string;
        divisionCode: string;
        sectionCode: string;
      } | null;
      /** @description Main business line in TOL 2025 (from YTJ) */
      tol2025Code: string | null;
      /** @description PRH company form code, e.g. 16 osakeyhtiö */
      companyForm: string | null;
      /** @description Entered in the register (YYYY-MM-DD) */
      registrationDate: string | null;
      /** @description Ended in the register (YYYY-MM-DD) */
      endDate: string | null;
      /**
       * @description Register status
       * @enum {string|null}
       */
      status: 'active' | 'ended' | null;
      /** @description Where the register data came from ('ytj') */
      source: string | null;
      /** @description When an import last wrote this record */
      lastImportedAt: string | null;
      /** @description The import run that last wrote this record */
      importRunId: string | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    OrganisationCreate: {
      /** @enum {string} */
      kind:
        | 'company'
        | 'education'
        | 'rdi'
        | 'municipality'
        | 'development_company'
        | 'funder'
        | 'association'
        | 'public_agency'
        | 'other';
      nameFi: string;
      nameSv?: string | null;
      nameEn?: string | null;
      /** @description Finnish business ID (Y-tunnus), 1234567-8 */
      businessId?: string | null;
      /** @description TOL 2008 industry code, 2–5 digits */
      tolCode?: string | null;
      /** @description Statistics Finland municipality code */
      municipalityCode?: string | null;
      /** Format: uri */
      website?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      /** @enum {string} */
      sizeClass?: 'micro' | 'small' | 'medium' | 'large' | 'unknown';
      isPublic?: boolean;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      lastVerifiedOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      publicConsentOn?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    OrganisationUpdate: {
      /** @enum {string} */
      kind?:
        | 'company'
        | 'education'
        | 'rdi'
        | 'municipality'
        | 'development_company'
        | 'funder'
        | 'association'
        | 'public_agency'
        | 'other';
      nameFi?: string;
      nameSv?: string | null;
      nameEn?: string | null;
      /** @description Finnish business ID (Y-tunnus), 1234567-8 */
      businessId?: string | null;
      /** @description TOL 2008 industry code, 2–5 digits */
      tolCode?: string | null;
      /** @description Statistics Finland municipality code */
      municipalityCode?: string | null;
      /** Format: uri */
      website?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      /** @enum {string} */
      sizeClass?: 'micro' | 'small' | 'medium' | 'large' | 'unknown';
      isPublic?: boolean;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      lastVerifiedOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      publicConsentOn?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    CompetencePage: {
      items: components['schemas']['Competence'][];
      nextCursor: string | null;
      total: number;
    };
    Competence: {
      id: string;
      workspaceId: string;
      slug: string | null;
      nameFi: string | null;
      nameSv: string | null;
      nameEn: string | null;
      descriptionFi: string | null;
      descriptionSv: string | null;
      descriptionEn: string | null;
      isTheme: boolean | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      themeId: string | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    CompetenceCreate: {
      slug: string;
      nameFi: string;
      nameSv?: string | null;
      nameEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      isTheme?: boolean;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      themeId?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    CompetenceUpdate: {
      slug?: string;
      nameFi?: string;
      nameSv?: string | null;
      nameEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      isTheme?: boolean;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      themeId?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    OrganisationCompetencePage: {
      items: components['schemas']['OrganisationCompetence'][];
      nextCursor: string | null;
      total: number;
    };
    OrganisationCompetence: {
      id: string;
      workspaceId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId: string | null;
      /** @enum {string|null} */
      direction: 'offer' | 'need' | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      competenceId: string | null;
      tag: string | null;
      description: string | null;
      /** @enum {string|null} */
      source: 'interview' | 'survey' | 'project' | 'event' | 'import' | 'manual' | 'example' | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      /**
       * Format: uuid
       * @description The mapping-round answer (its proposal) this record was accepted from
       */
      answerProposalId: string | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    OrganisationCompetenceCreate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId: string;
      /** @enum {string} */
      direction: 'offer' | 'need';
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      competenceId?: string | null;
      tag?: string | null;
      description?: string | null;
      /** @enum {string|null} */
      source?: 'interview' | 'survey' | 'project' | 'event' | 'import' | 'manual' | 'example' | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    OrganisationCompetenceUpdate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId?: string;
      /** @enum {string} */
      direction?: 'offer' | 'need';
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      competenceId?: string | null;
      tag?: string | null;
      description?: string | null;
      /** @enum {string|null} */
      source?: 'interview' | 'survey' | 'project' | 'event' | 'import' | 'manual' | 'example' | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    PersonPage: {
      items: components['schemas']['Person'][];
      nextCursor: string | null;
      total: number;
    };
    Person: {
      id: string;
      workspaceId: string;
      fullName: string | null;
      title: string | null;
      /** Format: email */
      email: string | null;
      phone: string | null;
      /** @enum {string|null} */
      lawfulBasis:
        | 'consent'
        | 'contract'
        | 'legal_obligation'
        | 'vital_interests'
        | 'public_task'
        | 'legitimate_interests'
        | null;
      purpose: string | null;
      source: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      collectedOn: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      informedOn: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      retainUntil: string | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    PersonCreate: {
      fullName?: string | null;
      title?: string | null;
      /** Format: email */
      email?: string | null;
      phone?: string | null;
      /** @enum {string} */
      lawfulBasis:
        | 'consent'
        | 'contract'
        | 'legal_obligation'
        | 'vital_interests'
        | 'public_task'
        | 'legitimate_interests';
      purpose: string;
      source: string;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      collectedOn: string;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      informedOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      retainUntil?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    PersonUpdate: {
      fullName?: string | null;
      title?: string | null;
      /** Format: email */
      email?: string | null;
      phone?: string | null;
      /** @enum {string} */
      lawfulBasis?:
        | 'consent'
        | 'contract'
        | 'legal_obligation'
        | 'vital_interests'
        | 'public_task'
        | 'legitimate_interests';
      purpose?: string;
      source?: string;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      collectedOn?: string;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      informedOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      retainUntil?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    PersonRolePage: {
      items: components['schemas']['PersonRole'][];
      nextCursor: string | null;
      total: number;
    };
    PersonRole: {
      id: string;
      workspaceId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      personId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId: string | null;
      title: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn: string | null;
      isContact: boolean | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    PersonRoleCreate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      personId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId: string;
      title: string;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn?: string | null;
      isContact?: boolean;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    PersonRoleUpdate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      personId?: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId?: string;
      title?: string;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn?: string | null;
      isContact?: boolean;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    RelationPage: {
      items: components['schemas']['Relation'][];
      nextCursor: string | null;
      total: number;
    };
    Relation: {
      id: string;
      workspaceId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      fromOrganisationId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      toOrganisationId: string | null;
      /** @enum {string|null} */
      kind:
        | 'collaboration'
        | 'project_partner'
        | 'supply_chain'
        | 'customer'
        | 'education'
        | 'ownership'
        | 'membership'
        | 'funding'
        | 'met_at_event'
        | 'other'
        | null;
      weight: number | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn: string | null;
      /** @enum {string|null} */
      source: 'interview' | 'survey' | 'project' | 'event' | 'import' | 'manual' | 'example' | null;
      description: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      personId: string | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      /**
       * Format: uuid
       * @description The mapping-round answer (its proposal) this record was accepted from
       */
      answerProposalId: string | null;
      /**
       * Format: uuid
       * @description The event whose participation wrote this relation ('met at event')
       */
      eventId: string | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    RelationCreate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      fromOrganisationId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      toOrganisationId: string;
      /** @enum {string} */
      kind:
        | 'collaboration'
        | 'project_partner'
        | 'supply_chain'
        | 'customer'
        | 'education'
        | 'ownership'
        | 'membership'
        | 'funding'
        | 'met_at_event'
        | 'other';
      weight?: number;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn?: string | null;
      /** @enum {string} */
      source?: 'interview' | 'survey' | 'project' | 'event' | 'import' | 'manual' | 'example';
      description?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      personId?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    RelationUpdate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      fromOrganisationId?: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      toOrganisationId?: string;
      /** @enum {string} */
      kind?:
        | 'collaboration'
        | 'project_partner'
        | 'supply_chain'
        | 'customer'
        | 'education'
        | 'ownership'
        | 'membership'
        | 'funding'
        | 'met_at_event'
        | 'other';
      weight?: number;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn?: string | null;
      /** @enum {string} */
      source?: 'interview' | 'survey' | 'project' | 'event' | 'import' | 'manual' | 'example';
      description?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      personId?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    EcosystemPage: {
      items: components['schemas']['Ecosystem'][];
      nextCursor: string | null;
      total: number;
    };
    Ecosystem: {
      id: string;
      workspaceId: string;
      slug: string | null;
      nameFi: string | null;
      nameSv: string | null;
      nameEn: string | null;
      descriptionFi: string | null;
      descriptionSv: string | null;
      descriptionEn: string | null;
      themes: string[] | null;
      municipalityCodes: string[] | null;
      isPublic: boolean | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    EcosystemCreate: {
      slug: string;
      nameFi: string;
      nameSv?: string | null;
      nameEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      themes?: string[];
      municipalityCodes?: string[];
      isPublic?: boolean;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    EcosystemUpdate: {
      slug?: string;
      nameFi?: string;
      nameSv?: string | null;
      nameEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      themes?: string[];
      municipalityCodes?: string[];
      isPublic?: boolean;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    EcosystemMemberPage: {
      items: components['schemas']['EcosystemMember'][];
      nextCursor: string | null;
      total: number;
    };
    EcosystemMember: {
      id: string;
      workspaceId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ecosystemId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId: string | null;
      /** @enum {string|null} */
      role: 'core' | 'orchestrator' | 'supporting' | 'emerging' | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    EcosystemMemberCreate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ecosystemId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId: string;
      /** @enum {string} */
      role: 'core' | 'orchestrator' | 'supporting' | 'emerging';
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    EcosystemMemberUpdate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ecosystemId?: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId?: string;
      /** @enum {string} */
      role?: 'core' | 'orchestrator' | 'supporting' | 'emerging';
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    NetworkPage: {
      items: components['schemas']['Network'][];
      nextCursor: string | null;
      total: number;
    };
    Network: {
      id: string;
      workspaceId: string;
      slug: string | null;
      /** @enum {string|null} */
      kind: 'town_network' | 'city_network' | 'thematic_network' | 'other' | null;
      nameFi: string | null;
      nameSv: string | null;
      nameEn: string | null;
      descriptionFi: string | null;
      descriptionSv: string | null;
      descriptionEn: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn: string | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      memberCount: number;
      coverage: components['schemas']['Coverage'];
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    /** @description Distinct municipalities and regions of the members */
    Coverage: {
      municipalityCount: number;
      regionCount: number;
      municipalities: {
        code: string;
        nameFi: string;
        nameSv: string | null;
        regionCode: string | null;
      }[];
      regions: {
        code: string;
        nameFi: string;
        nameSv: string | null;
        nameEn: string | null;
      }[];
    };
    NetworkCreate: {
      slug: string;
      /** @enum {string} */
      kind: 'town_network' | 'city_network' | 'thematic_network' | 'other';
      nameFi: string;
      nameSv?: string | null;
      nameEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    NetworkUpdate: {
      slug?: string;
      /** @enum {string} */
      kind?: 'town_network' | 'city_network' | 'thematic_network' | 'other';
      nameFi?: string;
      nameSv?: string | null;
      nameEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    NetworkMemberPage: {
      items: components['schemas']['NetworkMember'][];
      nextCursor: string | null;
      total: number;
    };
    NetworkMember: {
      id: string;
      workspaceId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId: string | null;
      /** @enum {string|null} */
      role: 'coordinator' | 'member' | 'partner' | null;
      municipalityCodes: string[] | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    NetworkMemberCreate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId: string;
      /** @enum {string} */
      role: 'coordinator' | 'member' | 'partner';
      municipalityCodes?: string[];
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    NetworkMemberUpdate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId?: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId?: string;
      /** @enum {string} */
      role?: 'coordinator' | 'member' | 'partner';
      municipalityCodes?: string[];
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    ProjectPage: {
      items: components['schemas']['Project'][];
      nextCursor: string | null;
      total: number;
    };
    Project: {
      id: string;
      workspaceId: string;
      slug: string | null;
      nameFi: string | null;
      nameSv: string | null;
      nameEn: string | null;
      descriptionFi: string | null;
      descriptionSv: string | null;
      descriptionEn: string | null;
      programme: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn: string | null;
      budgetEur: number | null;
      /** @enum {string|null} */
      status: 'planned' | 'active' | 'completed' | 'cancelled' | null;
      themes: string[] | null;
      isLeadProject: boolean | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ecosystemId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      fundingCallId: string | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    ProjectCreate: {
      slug?: string | null;
      nameFi: string;
      nameSv?: string | null;
      nameEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      programme?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn?: string | null;
      budgetEur?: number | null;
      /** @enum {string} */
      status?: 'planned' | 'active' | 'completed' | 'cancelled';
      themes?: string[];
      isLeadProject?: boolean;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ecosystemId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      fundingCallId?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    ProjectUpdate: {
      slug?: string | null;
      nameFi?: string;
      nameSv?: string | null;
      nameEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      programme?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn?: string | null;
      budgetEur?: number | null;
      /** @enum {string} */
      status?: 'planned' | 'active' | 'completed' | 'cancelled';
      themes?: string[];
      isLeadProject?: boolean;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ecosystemId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      fundingCallId?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    ProjectRolePage: {
      items: components['schemas']['ProjectRole'][];
      nextCursor: string | null;
      total: number;
    };
    ProjectRole: {
      id: string;
      workspaceId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      projectId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId: string | null;
      /** @enum {string|null} */
      role:
        | 'main_implementer'
        | 'co_implementer'
        | 'network_partner'
        | 'funder'
        | 'steering_group'
        | 'partner'
        | null;
      note: string | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    ProjectRoleCreate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      projectId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId: string;
      /** @enum {string} */
      role:
        'main_implementer' | 'co_implementer' | 'network_partner' | 'funder' | 'steering_group' | 'partner';
      note?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    ProjectRoleUpdate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      projectId?: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId?: string;
      /** @enum {string} */
      role?:
        'main_implementer' | 'co_implementer' | 'network_partner' | 'funder' | 'steering_group' | 'partner';
      note?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    FundingCallPage: {
      items: components['schemas']['FundingCall'][];
      nextCursor: string | null;
      total: number;
    };
    FundingCall: {
      id: string;
      workspaceId: string;
      titleFi: string | null;
      titleSv: string | null;
      titleEn: string | null;
      descriptionFi: string | null;
      descriptionSv: string | null;
      descriptionEn: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      openerOrganisationId: string | null;
      programme: string | null;
      themes: string[] | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      opensOn: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      deadlineAt: string | null;
      /** Format: uri */
      url: string | null;
      rules: components['schemas']['CallRule'][] | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    FundingCallCreate: {
      titleFi: string;
      titleSv?: string | null;
      titleEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      openerOrganisationId?: string | null;
      programme?: string | null;
      themes?: string[];
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      opensOn?: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      deadlineAt: string;
      /** Format: uri */
      url?: string | null;
      rules?: components['schemas']['CallRule'][];
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    FundingCallUpdate: {
      titleFi?: string;
      titleSv?: string | null;
      titleEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      openerOrganisationId?: string | null;
      programme?: string | null;
      themes?: string[];
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      opensOn?: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      deadlineAt?: string;
      /** Format: uri */
      url?: string | null;
      rules?: components['schemas']['CallRule'][];
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    EcosystemAgreementPage: {
      items: components['schemas']['EcosystemAgreement'][];
      nextCursor: string | null;
      total: number;
    };
    EcosystemAgreement: {
      id: string;
      workspaceId: string;
      nameFi: string | null;
      nameSv: string | null;
      nameEn: string | null;
      descriptionFi: string | null;
      descriptionSv: string | null;
      descriptionEn: string | null;
      cityRegionFi: string | null;
      cityRegionSv: string | null;
      cityRegionEn: string | null;
      municipalityCodes: string[] | null;
      themes: string[] | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      signedOn: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId: string | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    EcosystemAgreementCreate: {
      nameFi: string;
      nameSv?: string | null;
      nameEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      cityRegionFi: string;
      cityRegionSv?: string | null;
      cityRegionEn?: string | null;
      municipalityCodes?: string[];
      themes?: string[];
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      signedOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    EcosystemAgreementUpdate: {
      nameFi?: string;
      nameSv?: string | null;
      nameEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      cityRegionFi?: string;
      cityRegionSv?: string | null;
      cityRegionEn?: string | null;
      municipalityCodes?: string[];
      themes?: string[];
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      signedOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    AgreementPartyPage: {
      items: components['schemas']['AgreementParty'][];
      nextCursor: string | null;
      total: number;
    };
    AgreementParty: {
      id: string;
      workspaceId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      agreementId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId: string | null;
      note: string | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    AgreementPartyCreate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      agreementId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId: string;
      note?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    AgreementPartyUpdate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      agreementId?: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId?: string;
      note?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    EventPage: {
      items: components['schemas']['Event'][];
      nextCursor: string | null;
      total: number;
    };
    Event: {
      id: string;
      workspaceId: string;
      /** @enum {string|null} */
      kind: 'webinar' | 'visit' | 'workshop' | 'get_together' | 'seminar' | 'other' | null;
      titleFi: string | null;
      titleSv: string | null;
      titleEn: string | null;
      descriptionFi: string | null;
      descriptionSv: string | null;
      descriptionEn: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      startsAt: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      endsAt: string | null;
      location: string | null;
      /** @description Statistics Finland municipality code */
      municipalityCode: string | null;
      isOnline: boolean | null;
      /** Format: uri */
      onlineUrl: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      projectId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ecosystemId: string | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      /**
       * Format: uuid
       * @description The series this event is a session of (written by /event-series)
       */
      seriesId: string | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    EventCreate: {
      /** @enum {string} */
      kind: 'webinar' | 'visit' | 'workshop' | 'get_together' | 'seminar' | 'other';
      titleFi: string;
      titleSv?: string | null;
      titleEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      startsAt: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      endsAt?: string | null;
      location?: string | null;
      /** @description Statistics Finland municipality code */
      municipalityCode?: string | null;
      isOnline?: boolean;
      /** Format: uri */
      onlineUrl?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      projectId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ecosystemId?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    EventUpdate: {
      /** @enum {string} */
      kind?: 'webinar' | 'visit' | 'workshop' | 'get_together' | 'seminar' | 'other';
      titleFi?: string;
      titleSv?: string | null;
      titleEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      startsAt?: string;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      endsAt?: string | null;
      location?: string | null;
      /** @description Statistics Finland municipality code */
      municipalityCode?: string | null;
      isOnline?: boolean;
      /** Format: uri */
      onlineUrl?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      projectId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ecosystemId?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    EventParticipantPage: {
      items: components['schemas']['EventParticipant'][];
      nextCursor: string | null;
      total: number;
    };
    EventParticipant: {
      id: string;
      workspaceId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      eventId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      personId: string | null;
      /** @enum {string|null} */
      role: 'organiser' | 'speaker' | 'participant' | 'host' | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    EventParticipantCreate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      eventId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      personId?: string | null;
      /** @enum {string} */
      role: 'organiser' | 'speaker' | 'participant' | 'host';
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    EventParticipantUpdate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      eventId?: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      personId?: string | null;
      /** @enum {string} */
      role?: 'organiser' | 'speaker' | 'participant' | 'host';
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    StrategyPage: {
      items: components['schemas']['Strategy'][];
      nextCursor: string | null;
      total: number;
    };
    Strategy: {
      id: string;
      workspaceId: string;
      /** @enum {string|null} */
      scope: 'ecosystem' | 'network' | 'municipality' | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ecosystemId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId: string | null;
      /** @description Statistics Finland municipality code */
      municipalityCode: string | null;
      titleFi: string | null;
      titleSv: string | null;
      titleEn: string | null;
      visionFi: string | null;
      visionSv: string | null;
      visionEn: string | null;
      startYear: number | null;
      endYear: number | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      /** @description Fictional example data of the demo, not a fact */
      example: boolean;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    StrategyCreate: {
      /** @enum {string} */
      scope: 'ecosystem' | 'network' | 'municipality';
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ecosystemId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId?: string | null;
      /** @description Statistics Finland municipality code */
      municipalityCode?: string | null;
      titleFi: string;
      titleSv?: string | null;
      titleEn?: string | null;
      visionFi?: string | null;
      visionSv?: string | null;
      visionEn?: string | null;
      startYear: number;
      endYear: number;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    StrategyUpdate: {
      /** @enum {string} */
      scope?: 'ecosystem' | 'network' | 'municipality';
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ecosystemId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId?: string | null;
      /** @description Statistics Finland municipality code */
      municipalityCode?: string | null;
      titleFi?: string;
      titleSv?: string | null;
      titleEn?: string | null;
      visionFi?: string | null;
      visionSv?: string | null;
      visionEn?: string | null;
      startYear?: number;
      endYear?: number;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    StrategyGoalPage: {
      items: components['schemas']['StrategyGoal'][];
      nextCursor: string | null;
      total: number;
    };
    StrategyGoal: {
      id: string;
      workspaceId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      strategyId: string | null;
      titleFi: string | null;
      titleSv: string | null;
      titleEn: string | null;
      indicatorFi: string | null;
      indicatorSv: string | null;
      indicatorEn: string | null;
      unitFi: string | null;
      unitSv: string | null;
      unitEn: string | null;
      baselineValue: number | null;
      baselineYear: number | null;
      targetValue: number | null;
      targetYear: number | null;
      /** @enum {string|null} */
      rollupRule: 'sum' | 'mean' | 'on_track_count' | 'list' | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      /**
       * Format: uuid
       * @description The report document it was accepted from
       */
      pictureReportId: string | null;
      /** @description The proposal of that report */
      reportProposalKey: string | null;
      /**
       * Format: uuid
       * @description The workshop it was made in (issue 16)
       */
      workshopId: string | null;
      /** @description Fictional example data of the demo, not a fact */
      example: boolean;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    StrategyGoalCreate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      strategyId: string;
      titleFi: string;
      titleSv?: string | null;
      titleEn?: string | null;
      indicatorFi: string;
      indicatorSv?: string | null;
      indicatorEn?: string | null;
      unitFi?: string | null;
      unitSv?: string | null;
      unitEn?: string | null;
      baselineValue?: number | null;
      baselineYear?: number | null;
      targetValue?: number | null;
      targetYear?: number | null;
      /** @enum {string|null} */
      rollupRule?: 'sum' | 'mean' | 'on_track_count' | 'list' | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    StrategyGoalUpdate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      strategyId?: string;
      titleFi?: string;
      titleSv?: string | null;
      titleEn?: string | null;
      indicatorFi?: string;
      indicatorSv?: string | null;
      indicatorEn?: string | null;
      unitFi?: string | null;
      unitSv?: string | null;
      unitEn?: string | null;
      baselineValue?: number | null;
      baselineYear?: number | null;
      targetValue?: number | null;
      targetYear?: number | null;
      /** @enum {string|null} */
      rollupRule?: 'sum' | 'mean' | 'on_track_count' | 'list' | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    GoalActualPage: {
      items: components['schemas']['GoalActual'][];
      nextCursor: string | null;
      total: number;
    };
    GoalActual: {
      id: string;
      workspaceId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      goalId: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      measuredOn: string | null;
      value: number | null;
      source: string | null;
      note: string | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    GoalActualCreate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      goalId: string;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      measuredOn: string;
      value: number;
      source?: string | null;
      note?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    GoalActualUpdate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      goalId?: string;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      measuredOn?: string;
      value?: number;
      source?: string | null;
      note?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    DevelopmentActionPage: {
      items: components['schemas']['DevelopmentAction'][];
      nextCursor: string | null;
      total: number;
    };
    DevelopmentAction: {
      id: string;
      workspaceId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      strategyId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      goalId: string | null;
      titleFi: string | null;
      titleSv: string | null;
      titleEn: string | null;
      descriptionFi: string | null;
      descriptionSv: string | null;
      descriptionEn: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ownerOrganisationId: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn: string | null;
      /** @enum {string|null} */
      status: 'planned' | 'in_progress' | 'done' | 'delayed' | 'cancelled' | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      /**
       * Format: uuid
       * @description The report document it was accepted from
       */
      pictureReportId: string | null;
      /** @description The proposal of that report */
      reportProposalKey: string | null;
      /**
       * Format: uuid
       * @description The workshop it was made in (issue 16)
       */
      workshopId: string | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    DevelopmentActionCreate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      strategyId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      goalId?: string | null;
      titleFi: string;
      titleSv?: string | null;
      titleEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ownerOrganisationId?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn?: string | null;
      /** @enum {string} */
      status?: 'planned' | 'in_progress' | 'done' | 'delayed' | 'cancelled';
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    DevelopmentActionUpdate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      strategyId?: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      goalId?: string | null;
      titleFi?: string;
      titleSv?: string | null;
      titleEn?: string | null;
      descriptionFi?: string | null;
      descriptionSv?: string | null;
      descriptionEn?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ownerOrganisationId?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      startOn?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      endOn?: string | null;
      /** @enum {string} */
      status?: 'planned' | 'in_progress' | 'done' | 'delayed' | 'cancelled';
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    ActionProjectPage: {
      items: components['schemas']['ActionProject'][];
      nextCursor: string | null;
      total: number;
    };
    ActionProject: {
      id: string;
      workspaceId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      actionId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      projectId: string | null;
      note: string | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    ActionProjectCreate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      actionId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      projectId: string;
      note?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    ActionProjectUpdate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      actionId?: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      projectId?: string;
      note?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    ActionCallPage: {
      items: components['schemas']['ActionCall'][];
      nextCursor: string | null;
      total: number;
    };
    ActionCall: {
      id: string;
      workspaceId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      actionId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      fundingCallId: string | null;
      note: string | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    ActionCallCreate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      actionId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      fundingCallId: string;
      note?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    ActionCallUpdate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      actionId?: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      fundingCallId?: string;
      note?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    GoalContributionPage: {
      items: components['schemas']['GoalContribution'][];
      nextCursor: string | null;
      total: number;
    };
    GoalContribution: {
      id: string;
      workspaceId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkGoalId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      contributingGoalId: string | null;
      note: string | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    GoalContributionCreate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkGoalId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      contributingGoalId: string;
      note?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    GoalContributionUpdate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkGoalId?: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      contributingGoalId?: string;
      note?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    ContactPage: {
      items: components['schemas']['Contact'][];
      nextCursor: string | null;
      total: number;
    };
    Contact: {
      id: string;
      workspaceId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      personId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId: string | null;
      /** @enum {string|null} */
      stage: 'to_contact' | 'contacted' | 'meeting' | 'partner' | 'not_now' | null;
      reason: string | null;
      nextStep: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      nextStepOn: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ownerId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      competenceId: string | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      /** @description Fictional example data of the demo */
      example: boolean;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    ContactCreate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      personId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId?: string | null;
      /** @enum {string} */
      stage?: 'to_contact' | 'contacted' | 'meeting' | 'partner' | 'not_now';
      reason?: string | null;
      nextStep?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      nextStepOn?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ownerId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      competenceId?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    ContactUpdate: {
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId?: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      personId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      networkId?: string | null;
      /** @enum {string} */
      stage?: 'to_contact' | 'contacted' | 'meeting' | 'partner' | 'not_now';
      reason?: string | null;
      nextStep?: string | null;
      /**
       * Format: date
       * @description Calendar date, YYYY-MM-DD
       */
      nextStepOn?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      ownerId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      competenceId?: string | null;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    NotePage: {
      items: components['schemas']['Note'][];
      nextCursor: string | null;
      total: number;
    };
    Note: {
      id: string;
      workspaceId: string;
      body: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      personId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      contactId: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      eventId: string | null;
      /** @enum {string|null} */
      kind: 'call' | 'email' | 'meeting' | 'note' | 'stage_change' | null;
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      occurredAt: string | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    NoteCreate: {
      body: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      personId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      contactId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      eventId?: string | null;
      /** @enum {string} */
      kind?: 'call' | 'email' | 'meeting' | 'note' | 'stage_change';
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      occurredAt?: string;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    NoteUpdate: {
      body?: string;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      organisationId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      personId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      contactId?: string | null;
      /**
       * Format: uuid
       * @description Opaque identifier
       */
      eventId?: string | null;
      /** @enum {string} */
      kind?: 'call' | 'email' | 'meeting' | 'note' | 'stage_change';
      /**
       * Format: date-time
       * @description ISO 8601 date-time
       */
      occurredAt?: string;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    PictureProposalPage: {
      items: components['schemas']['PictureProposal'][];
      nextCursor: string | null;
      total: number;
    };
    PictureProposal: {
      id: string;
      workspaceId: string;
      /** @enum {string|null} */
      scopeKind: 'ecosystem' | 'municipality' | 'region' | 'network' | null;
      scopeId: string | null;
      titleFi: string | null;
      titleSv: string | null;
      titleEn: string | null;
      bodyFi: string | null;
      bodySv: string | null;
      bodyEn: string | null;
      position: number | null;
      /** @enum {string|null} */
      visibility: 'private' | 'network' | 'public' | null;
      createdAt: string;
      updatedAt: string;
      createdBy: string;
      updatedBy: string;
    };
    PictureProposalCreate: {
      /** @enum {string} */
      scopeKind: 'ecosystem' | 'municipality' | 'region' | 'network';
      scopeId: string;
      titleFi: string;
      titleSv?: string | null;
      titleEn?: string | null;
      bodyFi?: string | null;
      bodySv?: string | null;
      bodyEn?: string | null;
      position?: number;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
    PictureProposalUpdate: {
      /** @enum {string} */
      scopeKind?: 'ecosystem' | 'municipality' | 'region' | 'network';
      scopeId?: string;
      titleFi?: string;
      titleSv?: string | null;
      titleEn?: string | null;
      bodyFi?: string | null;
      bodySv?: string | null;
      bodyEn?: string | null;
      position?: number;
      /** @enum {string} */
      visibility?: 'private' | 'network' | 'public';
    };
  };
  responses: {
    /** @description The request is not valid */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "validation_failed",
         *         "message": "The request body is not valid",
         *         "details": []
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Sign in first (session cookie or Bearer API token) */
    Unauthenticated: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "unauthenticated",
         *         "message": "Sign in first",
         *         "details": []
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Not allowed for this caller */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "forbidden",
         *         "message": "You cannot change this record",
         *         "details": []
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Not found */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "not_found",
         *         "message": "Record not found",
         *         "details": []
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Conflicts with an existing record */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "conflict",
         *         "message": "A record with the same value already exists",
         *         "details": []
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The body is too large */
    TooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "too_large",
         *         "message": "The request body is too large",
         *         "details": []
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Breaks a rule of the data model */
    RuleViolated: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "rule_violated",
         *         "message": "The record breaks a rule of the data model",
         *         "details": []
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Too many requests: wait the seconds Retry-After gives */
    TooManyRequests: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "rate_limited",
         *         "message": "Too many requests, try again in a minute",
         *         "details": []
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Something went wrong on the server */
    ServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "internal",
         *         "message": "Something went wrong on the server",
         *         "details": []
         *       }
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Healthy */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
      /** @description Database unreachable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
    };
  };
  getHealthLive: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The process is up */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Liveness'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getHealthReady: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ready to take requests */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
      /** @description Database unreachable or not migrated */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
    };
  };
  listRegions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description All regions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Region'][];
          };
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listMunicipalities: {
    parameters: {
      query?: {
        regionCode?: string;
        includeInactive?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Municipalities */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Municipality'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getMunicipality: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The municipality */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Municipality'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listIndustries: {
    parameters: {
      query?: {
        classification?: 'TOL2008' | 'TOL2025';
        level?: number;
        parentCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Industries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Industry'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getNationalBaseline: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The national baseline */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NationalBaseline'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Login'];
      };
    };
    responses: {
      /** @description Signed in */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getCurrentSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The caller */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword?: string;
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description Changed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  setUpTotp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Scan the URI into an authenticator app */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            secret: string;
            uri: string;
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  enableTotp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
        };
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  disableTotp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
        };
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  signOutEverywhere: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out everywhere */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  exportMyData: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The export */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getSignInOptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Sign-in options */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Single sign-on at /auth/oidc/start */
            oidc: boolean;
          };
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listAdminUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Users */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['User'][];
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createAdminUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          displayName?: string;
          password?: string;
          isAdmin?: boolean;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: components['schemas']['User'];
            loginLink: string | null;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateAdminUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          displayName?: string | null;
          isAdmin?: boolean;
          disabled?: boolean;
        };
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createAdminUserLoginLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Link */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            loginLink: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listAdminWorkspaces: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Workspaces */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Workspace'][];
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createAdminWorkspace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          slug: string;
          nameFi: string;
          nameSv?: string;
          nameEn?: string;
          /** Format: uuid */
          organisationId?: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Workspace'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listAdminWorkspaceMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Items */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              userId: string;
              email: string;
              role: string;
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listAdminWorkspaceNetworks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Items */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              networkId: string;
              slug: string;
              nameFi: string;
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listAdminNetworkCoordinators: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Items */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              userId: string;
              email: string;
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  setAdminWorkspaceMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        a: string;
        b: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          role: 'editor' | 'viewer';
        };
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteAdminWorkspaceMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        a: string;
        b: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  setAdminWorkspaceNetwork: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        a: string;
        b: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteAdminWorkspaceNetwork: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        a: string;
        b: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  setAdminNetworkCoordinator: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        a: string;
        b: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteAdminNetworkCoordinator: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        a: string;
        b: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listAdminAudit: {
    parameters: {
      query?: {
        entityId?: string;
        userId?: string;
        /** @description At or after (UTC) */
        from?: string;
        /** @description Before (UTC) */
        to?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Entries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              [key: string]: unknown;
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listAdminAccessibilityFeedback: {
    parameters: {
      query?: {
        /** @description Only feedback not yet handled */
        unhandled?: 'true' | 'false';
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Feedback */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AccessibilityFeedback'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  setAdminAccessibilityFeedbackHandled: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          handled: boolean;
        };
      };
    };
    responses: {
      /** @description The feedback */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccessibilityFeedback'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Tokens */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ApiToken'][];
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          scopes: ('read' | 'write')[];
          /**
           * Format: uuid
           * @description Limit the token to one of your workspaces
           */
          workspaceId?: string;
          /** Format: date-time */
          expiresAt?: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            scopes: string[];
            workspaceId: string | null;
            createdAt: string;
            lastUsedAt: string | null;
            expiresAt: string | null;
            revokedAt: string | null;
            token: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Endpoints */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "0b8f6c7e-6f1e-4c55-9d7a-3f2b9f0c1a11",
           *           "workspaceId": "5d1c2f3a-8b7e-4a6d-9c0b-1e2f3a4b5c6d",
           *           "url": "https://crm.example.fi/hooks/solmu",
           *           "events": [
           *             "organisations.created",
           *             "enquiry.received"
           *           ],
           *           "allowPrivateNetwork": false,
           *           "enabled": true,
           *           "disabledAt": null,
           *           "disabledReason": null,
           *           "example": false,
           *           "createdAt": "2026-12-07T10:00:00.000Z",
           *           "updatedAt": "2026-12-07T10:00:00.000Z"
           *         }
           *       ]
           *     }
           */
          'application/json': {
            items: components['schemas']['WebhookEndpoint'][];
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "url": "https://crm.example.fi/hooks/solmu",
         *       "events": [
         *         "organisations.created",
         *         "enquiry.received"
         *       ]
         *     }
         */
        'application/json': {
          /** @example https://crm.example.fi/hooks/solmu */
          url: string;
          /** @description Events to receive. "webhook.test" is sent by "send test" whatever is chosen. */
          events: (
            | 'organisations.created'
            | 'organisations.updated'
            | 'organisations.deleted'
            | 'projects.created'
            | 'projects.updated'
            | 'projects.deleted'
            | 'events.created'
            | 'events.updated'
            | 'events.deleted'
            | 'ecosystems.created'
            | 'ecosystems.updated'
            | 'ecosystems.deleted'
            | 'import.finished'
            | 'enquiry.received'
          )[];
          /** Format: uuid */
          workspaceId?: string;
          allowPrivateNetwork?: boolean;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0b8f6c7e-6f1e-4c55-9d7a-3f2b9f0c1a11",
           *       "workspaceId": "5d1c2f3a-8b7e-4a6d-9c0b-1e2f3a4b5c6d",
           *       "url": "https://crm.example.fi/hooks/solmu",
           *       "events": [
           *         "organisations.created",
           *         "enquiry.received"
           *       ],
           *       "allowPrivateNetwork": false,
           *       "enabled": true,
           *       "disabledAt": null,
           *       "disabledReason": null,
           *       "example": false,
           *       "createdAt": "2026-12-07T10:00:00.000Z",
           *       "updatedAt": "2026-12-07T10:00:00.000Z",
           *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            workspaceId: string;
            url: string;
            events: string[];
            allowPrivateNetwork: boolean;
            enabled: boolean;
            disabledAt: string | null;
            /** @enum {string|null} */
            disabledReason: 'failing' | 'manual' | null;
            /** @description The demo's fictional endpoint: never turned on */
            example: boolean;
            createdAt: string;
            updatedAt: string;
            /** @description Shown this once */
            secret: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "events": [
         *         "organisations.created",
         *         "organisations.updated"
         *       ]
         *     }
         */
        'application/json': {
          /** @example https://crm.example.fi/hooks/solmu */
          url?: string;
          /** @description Events to receive. "webhook.test" is sent by "send test" whatever is chosen. */
          events?: (
            | 'organisations.created'
            | 'organisations.updated'
            | 'organisations.deleted'
            | 'projects.created'
            | 'projects.updated'
            | 'projects.deleted'
            | 'events.created'
            | 'events.updated'
            | 'events.deleted'
            | 'ecosystems.created'
            | 'ecosystems.updated'
            | 'ecosystems.deleted'
            | 'import.finished'
            | 'enquiry.received'
          )[];
          allowPrivateNetwork?: boolean;
          enabled?: boolean;
        };
      };
    };
    responses: {
      /** @description Changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0b8f6c7e-6f1e-4c55-9d7a-3f2b9f0c1a11",
           *       "workspaceId": "5d1c2f3a-8b7e-4a6d-9c0b-1e2f3a4b5c6d",
           *       "url": "https://crm.example.fi/hooks/solmu",
           *       "events": [
           *         "organisations.created",
           *         "enquiry.received"
           *       ],
           *       "allowPrivateNetwork": false,
           *       "enabled": true,
           *       "disabledAt": null,
           *       "disabledReason": null,
           *       "example": false,
           *       "createdAt": "2026-12-07T10:00:00.000Z",
           *       "updatedAt": "2026-12-07T10:00:00.000Z"
           *     }
           */
          'application/json': components['schemas']['WebhookEndpoint'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  rotateSecretWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new secret */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0b8f6c7e-6f1e-4c55-9d7a-3f2b9f0c1a11",
           *       "workspaceId": "5d1c2f3a-8b7e-4a6d-9c0b-1e2f3a4b5c6d",
           *       "url": "https://crm.example.fi/hooks/solmu",
           *       "events": [
           *         "organisations.created",
           *         "enquiry.received"
           *       ],
           *       "allowPrivateNetwork": false,
           *       "enabled": true,
           *       "disabledAt": null,
           *       "disabledReason": null,
           *       "example": false,
           *       "createdAt": "2026-12-07T10:00:00.000Z",
           *       "updatedAt": "2026-12-07T10:00:00.000Z",
           *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            workspaceId: string;
            url: string;
            events: string[];
            allowPrivateNetwork: boolean;
            enabled: boolean;
            disabledAt: string | null;
            /** @enum {string|null} */
            disabledReason: 'failing' | 'manual' | null;
            /** @description The demo's fictional endpoint: never turned on */
            example: boolean;
            createdAt: string;
            updatedAt: string;
            /** @description Shown this once */
            secret: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  enableWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Enabled */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0b8f6c7e-6f1e-4c55-9d7a-3f2b9f0c1a11",
           *       "workspaceId": "5d1c2f3a-8b7e-4a6d-9c0b-1e2f3a4b5c6d",
           *       "url": "https://crm.example.fi/hooks/solmu",
           *       "events": [
           *         "organisations.created",
           *         "enquiry.received"
           *       ],
           *       "allowPrivateNetwork": false,
           *       "enabled": true,
           *       "disabledAt": null,
           *       "disabledReason": null,
           *       "example": false,
           *       "createdAt": "2026-12-07T10:00:00.000Z",
           *       "updatedAt": "2026-12-07T10:00:00.000Z"
           *     }
           */
          'application/json': components['schemas']['WebhookEndpoint'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  testWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Queued */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "eventId": "msg_2f1c9a7b3e4d4c5b8a6f7e8d9c0b1a2f"
           *     }
           */
          'application/json': {
            eventId: string;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deliveries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
           *           "eventId": "msg_2f1c9a7b3e4d4c5b8a6f7e8d9c0b1a2f",
           *           "eventType": "organisations.created",
           *           "status": "delivered",
           *           "attempts": 2,
           *           "statusCode": 200,
           *           "durationMs": 84,
           *           "lastError": null,
           *           "nextAttemptAt": null,
           *           "createdAt": "2026-12-07T10:00:00.000Z",
           *           "updatedAt": "2026-12-07T10:00:31.000Z"
           *         }
           *       ]
           *     }
           */
          'application/json': {
            items: components['schemas']['WebhookDelivery'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getChangeFeedStart: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Start cursor */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "cursor": "YzEuM2Y2YjFjNTAtLi4u"
           *     }
           */
          'application/json': components['schemas']['ChangeFeedStart'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listChanges: {
    parameters: {
      query: {
        /** @description Whose changes to read */
        resource:
          | 'organisations'
          | 'competences'
          | 'organisation-competences'
          | 'people'
          | 'person-roles'
          | 'relations'
          | 'ecosystems'
          | 'ecosystem-members'
          | 'networks'
          | 'network-members'
          | 'projects'
          | 'project-roles'
          | 'funding-calls'
          | 'ecosystem-agreements'
          | 'agreement-parties'
          | 'events'
          | 'event-participants'
          | 'strategies'
          | 'strategy-goals'
          | 'goal-actuals'
          | 'development-actions'
          | 'action-projects'
          | 'action-calls'
          | 'goal-contributions'
          | 'contacts'
          | 'notes'
          | 'picture-proposals';
        /** @description nextCursor of the previous page, or a start cursor from GET /api/v1/changes/cursor */
        cursor: string;
        /** @description Changes per page */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Changes after the cursor */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "position": 1042,
           *           "resource": "organisations",
           *           "id": "0b6f3c1e-8d2a-4f4e-9a51-2f1d6c7e9a10",
           *           "operation": "updated",
           *           "occurredAt": "2026-12-07T10:15:00.000Z",
           *           "href": "/api/v1/organisations/0b6f3c1e-8d2a-4f4e-9a51-2f1d6c7e9a10",
           *           "record": {
           *             "id": "0b6f3c1e-8d2a-4f4e-9a51-2f1d6c7e9a10",
           *             "nameFi": "Saimaan Puu Oy",
           *             "kind": "company",
           *             "visibility": "public"
           *           }
           *         },
           *         {
           *           "position": 1043,
           *           "resource": "organisations",
           *           "id": "5d0e2a7b-1c3f-4b9e-8f20-6a7d1e2c3b40",
           *           "operation": "deleted",
           *           "occurredAt": "2026-12-07T10:16:00.000Z",
           *           "href": "/api/v1/organisations/5d0e2a7b-1c3f-4b9e-8f20-6a7d1e2c3b40"
           *         }
           *       ],
           *       "nextCursor": "YzEuM2Y2YjFjNTAtLi4u",
           *       "hasMore": false
           *     }
           */
          'application/json': components['schemas']['ChangeFeedPage'];
        };
      };
      400: components['responses']['BadRequest'];
      /** @description The cursor is older than the changes kept: reload in full, then start again */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": {
           *         "code": "cursor_expired",
           *         "message": "The cursor is too old: the changes after it are no longer kept. Get a new start cursor (GET /api/v1/changes/cursor), then reload the records in full and go on following the changes from the new cursor.",
           *         "details": []
           *       }
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listRecentChanges: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Changes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Change'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getPersonExport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The export */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  erasePerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Erased */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listPictureSnapshots: {
    parameters: {
      query: {
        scope: 'ecosystem' | 'municipality' | 'region' | 'network';
        scopeId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Snapshots */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['PictureSnapshot'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createPictureSnapshot: {
    parameters: {
      query: {
        scope: 'ecosystem' | 'municipality' | 'region' | 'network';
        id: string;
        workspace?: string;
        visibility?: 'private' | 'network' | 'public';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Saved */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PictureSnapshot'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getPictureChanges: {
    parameters: {
      query: {
        scope: 'ecosystem' | 'municipality' | 'region' | 'network';
        id: string;
        /** @description Snapshot id */
        since: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PictureChange'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getPictures: {
    parameters: {
      query: {
        /** @description What the picture (or network) is of */
        scope: 'ecosystem' | 'municipality' | 'region' | 'network';
        /** @description Ecosystem or network id or slug; municipality (e.g. 140) or region (e.g. 11) code */
        id: string;
        /** @description Seed of the community detection */
        seed?: number | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The picture, computed from what the caller may see */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Picture'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getPictureAsReport: {
    parameters: {
      query: {
        /** @description What the picture (or network) is of */
        scope: 'ecosystem' | 'municipality' | 'region' | 'network';
        /** @description Ecosystem or network id or slug; municipality (e.g. 140) or region (e.g. 11) code */
        id: string;
        /** @description Seed of the community detection */
        seed?: number | null;
        format?: 'docx' | 'pdf' | 'xlsx' | 'html';
        lang?: 'fi' | 'sv' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/pdf': string;
          'text/html': string;
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getPictureReports: {
    parameters: {
      query?: {
        scope?: 'ecosystem' | 'municipality' | 'region' | 'network';
        scopeId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Reports */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['PictureReportSummary'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createPictureReport: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PictureReportCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PictureReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getPictureReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PictureReport'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deletePictureReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  applyPictureReportChanges: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PictureReportSave'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PictureReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  recomputePictureReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Recomputed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PictureReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  publishPictureReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PictureReportPublication'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PictureReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getPictureReportVersions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Versions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['PictureReportVersion'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getPictureReportVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: number;
            /** @description What the save changed: the action and the section or proposal it touched */
            change: {
              action: string;
              section?: string;
              proposal?: string;
            } & {
              [key: string]: unknown;
            };
            createdAt: string;
            /** @description The saver’s display name, when they have one */
            author: string | null;
            content: components['schemas']['ReportContent'];
          };
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getPictureReportWritten: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The written picture */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WrittenPicture'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getPictureReportFile: {
    parameters: {
      query?: {
        format?: 'docx' | 'pdf' | 'xlsx' | 'html';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/pdf': string;
          'text/html': string;
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createPictureReportProposalStrategy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        key: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProposalIntoStrategy'];
      };
    };
    responses: {
      /** @description Accepted into the strategy */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            report: components['schemas']['PictureReport'];
            id: string;
            /** @enum {string} */
            entity: 'strategy-goals' | 'development-actions';
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getConsortia: {
    parameters: {
      query?: {
        fundingCallId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Consortia */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['ConsortiumSummary'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createConsortium: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsortiumCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Consortium'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getConsortium: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The consortium */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Consortium'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteConsortium: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateConsortium: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsortiumUpdate'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Consortium'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  addConsortiumPartner: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsortiumPartnerCreate'];
      };
    };
    responses: {
      /** @description Added */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Consortium'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteConsortiumPartner: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Consortium'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateConsortiumPartner: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsortiumPartnerUpdate'];
      };
    };
    responses: {
      /** @description Changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Consortium'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getConsortiumCheck: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One verdict per rule */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['ConsortiumRuleVerdict'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  setConsortiumRuleTick: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description The rule’s place among the call’s rules */
        index: number | null;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsortiumRuleTickChange'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Consortium'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  convertConsortiumToProject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The project */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            consortium: components['schemas']['Consortium'];
            projectId: string;
            rolesAdded: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getConsortiumFile: {
    parameters: {
      query?: {
        format?: 'xlsx' | 'docx';
        lang?: 'fi' | 'sv' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listProjectReports: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The project’s id or slug */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Reports */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            projectId: string;
            canCreate: boolean;
            data: components['schemas']['ProjectReportSummary'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createProjectReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The project’s id or slug */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProjectReportCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getProjectReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectReport'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteProjectReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateProjectReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProjectReportUpdate'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getProjectReportFile: {
    parameters: {
      query?: {
        format?: 'docx' | 'xlsx';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getEcosystemEccpProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ecosystem’s id or slug */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The profile and its check */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EccpProfileAnswer'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getExportEcosystemEccpProfileDocx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ecosystem’s id or slug */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getWorkshops: {
    parameters: {
      query?: {
        strategyId?: string;
        eventId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Workshops */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Workshop'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createWorkshop: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkshopCreate'];
      };
    };
    responses: {
      /** @description The board as it now is */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkshopBoard'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getWorkshop: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The board as it now is */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkshopBoard'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteWorkshop: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateWorkshop: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkshopUpdate'];
      };
    };
    responses: {
      /** @description The board as it now is */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkshopBoard'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  openWorkshopPhase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        phaseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The board as it now is */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkshopBoard'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  closeWorkshopPhase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        phaseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The board as it now is */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkshopBoard'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createWorkshopIdea: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkshopIdeaCreate'];
      };
    };
    responses: {
      /** @description Added */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkshopIdea'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  setWorkshopIdeaGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        ideaId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkshopIdeaPlacement'];
      };
    };
    responses: {
      /** @description Moved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkshopIdea'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createWorkshopGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkshopGroupCreate'];
      };
    };
    responses: {
      /** @description Added */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkshopGroup'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteWorkshopGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        groupId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateWorkshopGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        groupId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkshopGroupUpdate'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkshopGroup'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteWorkshopParticipant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        participantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Erased */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createWorkshopOutcome: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkshopOutcome'];
      };
    };
    responses: {
      /** @description Made */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkshopOutcomeMade'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getWorkshopStream: {
    parameters: {
      query?: {
        lastEventId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getWorkshopExportFile: {
    parameters: {
      query?: {
        lang?: 'fi' | 'sv' | 'en';
      };
      header?: never;
      path: {
        /** @description <workshopId>.docx or <workshopId>.xlsx */
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getWorkshopToJoin: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The join code (any case) */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workshop */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JoinInfo'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      /** @description Error */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  joinWorkshop: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The join code (any case) */
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkshopJoin'];
      };
    };
    responses: {
      /** @description Joined */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkshopJoined'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      /** @description Error */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getJoinState: {
    parameters: {
      query?: never;
      header?: {
        /** @description The secret the participant got when joining */
        'x-workshop-participant'?: string;
      };
      path: {
        /** @description The join code (any case) */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your state */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantState'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      /** @description Error */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createJoinIdea: {
    parameters: {
      query?: never;
      header?: {
        /** @description The secret the participant got when joining */
        'x-workshop-participant'?: string;
      };
      path: {
        /** @description The join code (any case) */
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkshopParticipantIdea'];
      };
    };
    responses: {
      /** @description Posted */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkshopIdea'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      /** @description Error */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  setJoinVote: {
    parameters: {
      query?: never;
      header?: {
        /** @description The secret the participant got when joining */
        'x-workshop-participant'?: string;
      };
      path: {
        /** @description The join code (any case) */
        code: string;
        ideaId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkshopVote'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkshopVoteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      /** @description Error */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  leaveWorkshop: {
    parameters: {
      query?: never;
      header?: {
        /** @description The secret the participant got when joining */
        'x-workshop-participant'?: string;
      };
      path: {
        /** @description The join code (any case) */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Erased */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getJoinCurrentState: {
    parameters: {
      query?: {
        lang?: 'fi' | 'sv' | 'en';
      };
      header?: {
        /** @description The secret the participant got when joining */
        'x-workshop-participant'?: string;
      };
      path: {
        /** @description The join code (any case) */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The current state */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkshopCurrentState'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      /** @description Error */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getJoinStream: {
    parameters: {
      query?: never;
      header?: {
        /** @description The secret the participant got when joining */
        'x-workshop-participant'?: string;
      };
      path: {
        /** @description The join code (any case) */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      /** @description Error */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getGraph: {
    parameters: {
      query: {
        scope: 'network' | 'ecosystem';
        /** @description Network or ecosystem id or slug */
        id: string;
        /** @description json or binary */
        format?: 'json' | 'binary';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What the caller may see of the map */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Graph'];
          'application/vnd.solmu.graph+binary': string;
        };
      };
      /** @description Not modified since the version the client holds (ETag) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listPartnerSearch: {
    parameters: {
      query?: {
        /** @description The need: a competence of the vocabulary */
        competenceId?: string;
        /** @description The need in words (fi, sv or en); stemmed, and vocabulary names as synonyms */
        q?: string;
        /** @description The need: this organisation’s needs */
        fromOrganisationId?: string;
        /** @description The need: the needs of this ecosystem’s members */
        fromEcosystemId?: string;
        scope?: 'town' | 'network' | 'innokaupungit' | 'finland';
        /** @description town: a municipality code; network: a network id or slug */
        scopeId?: string;
        kind?:
          | 'company'
          | 'education'
          | 'rdi'
          | 'municipality'
          | 'development_company'
          | 'funder'
          | 'association'
          | 'public_agency'
          | 'other';
        regionCode?: string;
        sizeClass?: 'micro' | 'small' | 'medium' | 'large' | 'unknown';
        /** @description Leave out organisations already related to this organisation or town */
        notRelatedTo?: string;
        /** @description Whose graph distance, common partners and earlier collaboration the results explain; by default notRelatedTo, fromOrganisationId or the town of the scope */
        asker?: string;
        limit?: number;
        offset?: number | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ranked candidates, each with why it was found */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerSearch'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getReferenceMunicipalityBorders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The imported borders */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MunicipalityBorders'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listImports: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Import runs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ImportRun'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createImport: {
    parameters: {
      query: {
        /** @description What the rows are; a YTJ .json file is organisations */
        entity: 'organisations' | 'people' | 'relations' | 'competences' | 'events';
        /** @description true: check every row and say what would happen; nothing is written */
        dryRun?: 'true' | 'false';
        /** @description Workspace (id or slug) the records go to; needed when you edit in several */
        workspace?: string;
        /** @description Visibility of new records; YTJ data is public by default, tables take the default (private) */
        visibility?: 'private' | 'network' | 'public';
        /** @description Excel sheet by name or 1-based position */
        sheet?: string;
        /** @description CSV: read the file as utf-8 or windows-1252; only needed when the dry run says the encoding is unclear */
        encoding?: 'utf-8' | 'windows-1252';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description .csv, .xlsx or a YTJ .json file, at most 20 MiB
           */
          file: string;
          /** @description JSON array: for each column, the field it feeds or null (the suggestion when omitted) */
          mapping?: string;
          /** @description JSON array of line numbers (as the dry run names them) to leave out of the import */
          skip?: string;
          /** @description JSON object: values for fields the file lacks, written as in a cell ({"lawfulBasis": "suostumus"}) */
          defaults?: string;
        };
      };
    };
    responses: {
      /** @description The dry run: every bad row, the mapping used and the one suggested */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportRun'];
        };
      };
      /** @description Imported: the run with its counts */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportRun'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      413: components['responses']['TooLarge'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The run */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportRun'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  lookUpYtj: {
    parameters: {
      query?: {
        /** @description Business ID (Y-tunnus) */
        businessId?: string;
        /** @description Name search */
        name?: string;
        /** @description Name search page */
        page?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Companies found; none when PRH has no such company */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            totalResults: number | null;
            page: number;
            companies: components['schemas']['YtjCompany'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
      /** @description Error */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  importFromYtj: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          businessId: string;
          /** @description Workspace id or slug for a new record */
          workspace?: string;
          /**
           * @description Default public
           * @enum {string}
           */
          visibility?: 'private' | 'network' | 'public';
        };
      };
    };
    responses: {
      /** @description Imported: the run, with created or updated */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportRun'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
      /** @description Error */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Error */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getExportNetworkGexf: {
    parameters: {
      query: {
        /** @description What the picture (or network) is of */
        scope: 'ecosystem' | 'municipality' | 'region' | 'network';
        /** @description Ecosystem or network id or slug; municipality (e.g. 140) or region (e.g. 11) code */
        id: string;
        /** @description Seed of the community detection */
        seed?: number | null;
        /** @description Measure the node sizes (viz:size, GraphML size) follow, as on the map */
        sizeBy?: 'degree' | 'weightedDegree' | 'pagerank' | 'betweenness';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Organisations with their measures, coloured by kind, sized by the measure and placed as on the map; their relations */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/gexf+xml': string;
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getExportNetworkGraphml: {
    parameters: {
      query: {
        /** @description What the picture (or network) is of */
        scope: 'ecosystem' | 'municipality' | 'region' | 'network';
        /** @description Ecosystem or network id or slug; municipality (e.g. 140) or region (e.g. 11) code */
        id: string;
        /** @description Seed of the community detection */
        seed?: number | null;
        /** @description Measure the node sizes (viz:size, GraphML size) follow, as on the map */
        sizeBy?: 'degree' | 'weightedDegree' | 'pagerank' | 'betweenness';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Organisations with their measures, coloured by kind, sized by the measure and placed as on the map; their relations */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/graphml+xml': string;
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getExportEventsIcs: {
    parameters: {
      query?: {
        /** @description Only events of this network */
        networkId?: string;
        /** @description Only events of this ecosystem */
        ecosystemId?: string;
        /** @description Only this event */
        eventId?: string;
        /** @description Language of titles */
        lang?: 'fi' | 'sv' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The events the caller may see */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getExport: {
    parameters: {
      query?: {
        /** @description CSV field separator; semicolon (with decimal commas and a BOM) for Finnish Excel */
        delimiter?: 'comma' | 'semicolon';
      };
      header?: never;
      path: {
        /** @description <entity>.<csv|xlsx|json>, e.g. organisations.csv or people.xlsx */
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV; .xlsx and .json files have their own content types */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listSimilarCompetences: {
    parameters: {
      query: {
        name: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Near matches, nearest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['SimilarCompetence'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  mergeCompetence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          intoId: string;
        };
      };
    };
    responses: {
      /** @description Merged */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompetenceMerge'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getPipeline: {
    parameters: {
      query?: {
        /** @description Default: the caller's own workspaces */
        workspaceId?: string;
        /** @description Opaque identifier */
        ownerId?: string;
        /** @description Only contacts for this competence need */
        competenceId?: string;
        /** @description Opaque identifier */
        organisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pipeline */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pipeline'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listPipelineDue: {
    parameters: {
      query?: {
        days?: number | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Due and overdue */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineDue'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listPipelineOwners: {
    parameters: {
      query: {
        /** @description Id or slug */
        workspace: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The users */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['PipelineOwner'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getContactCard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The card */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineCard'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  setContactStage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          stage: 'to_contact' | 'contacted' | 'meeting' | 'partner' | 'not_now';
          note?: string;
        };
      };
    };
    responses: {
      /** @description The log entry of the move */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactActivity'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listContactActivities: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The log */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ContactActivity'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createContactActivity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'call' | 'email' | 'meeting' | 'note';
          body: string;
          /**
           * Format: date-time
           * @description Default: now
           */
          occurredAt?: string;
        };
      };
    };
    responses: {
      /** @description The log entry */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactActivity'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listFittingFundingCalls: {
    parameters: {
      query?: {
        /** @description Calls that fit this ecosystem’s themes */
        ecosystemId?: string;
        /** @description Comma-separated organisation ids: calls that fit their mix (a consortium) */
        organisationIds?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Most shared themes first, then the nearest deadline, each with why it fits */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['FittingCall'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getStrategyGoalRollup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The roll-up today and year by year, and goals that could be linked */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalRollup'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getNetworkProgress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One row per town or ecosystem strategy, and towns without one */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NetworkProgress'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getExportStrategyActionPlanXlsx: {
    parameters: {
      query: {
        /** @description The year of the plan, e.g. 2027 */
        year: number;
        /** @description The workbook’s language */
        lang?: 'fi' | 'sv' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getExportNetworkProgressXlsx: {
    parameters: {
      query?: {
        /** @description The workbook’s language */
        lang?: 'fi' | 'sv' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getAnswer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The personal link’s token */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The respondent’s page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RespondentPage'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      /** @description Error */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  setAnswer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The personal link’s token */
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Answers by question key; null takes an answer back */
          answers: {
            [key: string]: unknown;
          };
          /**
           * @description True to submit; otherwise a draft is kept
           * @default false
           */
          submit?: boolean;
          /** @description The respondent consents to the privacy notice; required on submit when the lawful basis is consent */
          consent?: boolean;
        };
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedAnswers'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      /** @description Error */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      413: components['responses']['TooLarge'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listAnswerOrganisations: {
    parameters: {
      query?: {
        /** @description A part of the name, or a business ID */
        q?: string;
        /** @description Organisations by id, for the names of those already chosen */
        ids?: string;
      };
      header?: never;
      path: {
        /** @description The personal link’s token */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description At most 20 organisations */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['RosterHit'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      /** @description Error */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getQuestionnaireTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Templates */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              key: string;
              name: {
                fi: string;
                sv: string;
                en: string;
              };
              content: {
                [key: string]: unknown;
              };
            }[];
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getQuestionnaires: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Questionnaires */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Questionnaire'][];
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createQuestionnaire: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuestionnaireCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Questionnaire'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getQuestionnaire: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The questionnaire */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Questionnaire'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteQuestionnaire: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateQuestionnaire: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuestionnaireUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Questionnaire'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getQuestionnaireContent: {
    parameters: {
      query?: {
        version?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The content */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionnaireContent'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  setQuestionnaireContent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Sections and questions, checked as a whole (422 names each problem) */
          content: {
            [key: string]: unknown;
          };
        };
      };
    };
    responses: {
      /** @description Saved as this version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  copyQuestionnaire: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The copy */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Questionnaire'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getMappingRounds: {
    parameters: {
      query?: {
        questionnaireId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Rounds */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['MappingRound'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createMappingRound: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MappingRoundCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MappingRound'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getMappingRound: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The round */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MappingRound'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteMappingRound: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateMappingRound: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MappingRoundUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MappingRound'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  closeMappingRound: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Closed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MappingRound'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getMappingRoundCompletion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Completion */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundCompletion'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listMappingRoundRespondents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Respondents */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['RoundRespondent'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createMappingRoundRespondent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoundRespondentsAdd'];
      };
    };
    responses: {
      /** @description Added */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              displayName: string;
              link: components['schemas']['RespondentLink'];
            }[];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  linkRoundRespondent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new link */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RespondentLink'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteRoundRespondentLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteRoundRespondent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  sendMappingRoundInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoundInvitations'];
      };
    };
    responses: {
      /** @description What was sent, skipped and left to copy */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundInvitationResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getRoundRespondentInterview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The interview */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Interview'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  setRoundRespondentInterview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InterviewSave'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedAnswers'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getEventInvitation: {
    parameters: {
      query?: {
        /** @description Language of the invitation */
        lang?: 'fi' | 'sv' | 'en';
      };
      header?: never;
      path: {
        id: string;
        /** @description <participantId>.ics */
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invitation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  sendEventInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description All when absent */
          participantIds?: string[];
          /**
           * @description Language of the invitation
           * @default fi
           * @enum {string}
           */
          language?: 'fi' | 'sv' | 'en';
        };
      };
    };
    responses: {
      /** @description How many were sent, and who was skipped and why */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventInvitationsSent'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createEventSeries: {
    parameters: {
      query?: {
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EventSeriesCreate'];
      };
    };
    responses: {
      /** @description The series with its sessions */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventSeries'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getEventSeries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The series */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventSeries'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteEventSeries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description How many sessions were deleted and how many kept */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventSeriesDeleted'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateEventSeries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EventSeriesUpdate'];
      };
    };
    responses: {
      /** @description The series */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventSeries'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getMappingRoundProposals: {
    parameters: {
      query?: {
        status?: 'pending' | 'accepted' | 'merged' | 'rejected' | 'withdrawn';
        kind?: 'relation' | 'organisation' | 'competence';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Proposals */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['AnswerProposal'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  decideMappingRoundProposals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          decisions: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: 'accept' | 'reject' | 'merge';
            /**
             * Format: uuid
             * @description The organisation a new actor merges into
             */
            organisationId?: string;
            /**
             * Format: uuid
             * @description The competence a named one merges into
             */
            competenceId?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Decided */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['ProposalDecided'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getMappingRoundAnalysis: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The mapping round */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The analysis */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundAnalysis'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  compareMappingRounds: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The mapping round */
        id: string;
        /** @description The round to compare with */
        otherId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The comparison */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundComparison'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getMappingRoundTexts: {
    parameters: {
      query?: {
        /** @description An open question’s key; all open questions when absent */
        question?: string;
      };
      header?: never;
      path: {
        /** @description The mapping round */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The open answers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundTexts'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getMappingRoundThemeSuggestions: {
    parameters: {
      query?: {
        /** @description An open question’s key; all open questions when absent */
        question?: string;
      };
      header?: never;
      path: {
        /** @description The mapping round */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The suggestions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ThemeSuggestions'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  setMappingRoundCodes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The mapping round */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          respondentId: string;
          questionKey: string;
          /** @description The answer’s themes; [] removes them */
          themes: string[];
        };
      };
    };
    responses: {
      /** @description The answer’s themes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AnswerCodes'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  setMappingRoundQuotes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The mapping round */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          respondentId: string;
          questionKey: string;
          usable: boolean;
        };
      };
    };
    responses: {
      /** @description The mark */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AnswerQuote'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getMappingRoundAnswersCsv: {
    parameters: {
      query?: {
        /** @description Language of labels and headers */
        lang?: 'fi' | 'sv' | 'en';
        /** @description CSV only: semicolon for Finnish Excel (with a byte-order mark) */
        delimiter?: 'comma' | 'semicolon';
      };
      header?: never;
      path: {
        /** @description The mapping round */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answers file; text a spreadsheet could run as a formula is escaped */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getMappingRoundAnswersXlsx: {
    parameters: {
      query?: {
        /** @description Language of labels and headers */
        lang?: 'fi' | 'sv' | 'en';
        /** @description CSV only: semicolon for Finnish Excel (with a byte-order mark) */
        delimiter?: 'comma' | 'semicolon';
      };
      header?: never;
      path: {
        /** @description The mapping round */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answers file; text a spreadsheet could run as a formula is escaped */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getOpenLicence: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The licence */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description SPDX licence identifier */
            id: string;
            url: string;
            statement: {
              fi: string;
              sv: string;
              en: string;
            };
          };
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listOpenPages: {
    parameters: {
      query?: {
        kind?: 'municipality' | 'ecosystem' | 'network';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pages */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['OpenPage'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listOpenOrganisations: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Only of this town (municipality code) */
        municipalityCode?: string;
        kind?:
          | 'company'
          | 'education'
          | 'rdi'
          | 'municipality'
          | 'development_company'
          | 'funder'
          | 'association'
          | 'public_agency'
          | 'other';
        /** @description TOL 2008 code or its beginning (62, 620, 62010) */
        industryCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Organisations */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenOrganisationPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listOpenEvents: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Only of this town (municipality code) */
        municipalityCode?: string;
        /** @description Only of this public ecosystem */
        ecosystemId?: string;
        /** @description Only of this public network */
        networkId?: string;
        kind?: 'webinar' | 'visit' | 'workshop' | 'get_together' | 'seminar' | 'other';
        /** @description Events starting or ending at or after this time; now by default */
        from?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenEventPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listOpenEcosystems: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Only of this town (municipality code) */
        municipalityCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ecosystems */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenEcosystemPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listOpenNetworks: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        kind?: 'town_network' | 'city_network' | 'thematic_network' | 'other';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Networks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenNetworkPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getOpenMunicipalityKeyFigures: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Statistics Finland municipality code */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Key figures */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenKeyFigures'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listOpenDownloads: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The datasets */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenDownloads'];
        };
      };
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getOpenDownload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description <dataset>.<csv|json> */
        file:
          | 'organisations.csv'
          | 'organisations.json'
          | 'events.csv'
          | 'events.json'
          | 'ecosystems.csv'
          | 'ecosystems.json'
          | 'networks.csv'
          | 'networks.json'
          | 'pages.csv'
          | 'pages.json';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file; JSON is { dataset, licence, items } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/json': string;
        };
      };
      /** @description Not modified since the version the client holds (ETag) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getPublicPages: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Public pages by address */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['PublicPage'][];
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createPublicPage: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublicPageCreate'];
      };
    };
    responses: {
      /** @description Created as a draft */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getPublicPage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updatePublicPage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublicPageUpdate'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  publishPublicPage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  unpublishPublicPage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listPublicPageStories: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Stories */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['PublicStory'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createPublicPageStory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublicStoryCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicStory'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deletePublicPageStory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        storyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updatePublicPageStory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        storyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublicStoryUpdate'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicStory'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getPublicPageStoryImage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        storyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The image */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/jpeg': string;
          'image/png': string;
          'image/webp': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  uploadPublicPageStoryImage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        storyId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description A JPEG, PNG or WebP image of at most 2 MB
           */
          file: string;
          altFi: string;
          altSv?: string;
          altEn?: string;
        };
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicStory'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      413: components['responses']['TooLarge'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deletePublicPageStoryImage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        storyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicStory'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listOrganisations: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?:
          'nameFi' | '-nameFi' | 'createdAt' | '-createdAt' | 'updatedAt' | '-updatedAt' | 'kind' | '-kind';
        /** @description Text search (fi/sv/en stemming) */
        q?: string;
        /** @description Organisation kind (comma-separated: company, education, rdi, municipality, development_company, funder, association, public_agency, other) */
        kind?: string;
        /** @description Size class (comma-separated: micro, small, medium, large, unknown) */
        sizeClass?: string;
        /** @description Municipality code */
        municipalityCode?: string;
        /** @description Region (maakunta) code */
        regionCode?: string;
        /** @description TOL 2008 section letter */
        tolSection?: string;
        /** @description TOL 2008 division (2 digits) */
        tolDivision?: string;
        /** @description Business ID */
        businessId?: string;
        /** @description Only public (or only non-public) organisations */
        isPublic?: 'true' | 'false';
        /** @description Only organisations that agreed (or did not agree) to be shown on public pages */
        publicConsent?: 'true' | 'false';
        /** @description Members of this ecosystem */
        ecosystemId?: string;
        /** @description Members of this network */
        networkId?: string;
        /** @description Offers this competence */
        offers?: string;
        /** @description Needs this competence */
        needs?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *           "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *           "kind": "company",
           *           "nameFi": "Esimerkki Oy",
           *           "nameSv": null,
           *           "nameEn": null,
           *           "businessId": "1234567-1",
           *           "tolCode": null,
           *           "municipalityCode": "091",
           *           "website": "https://esimerkki.fi",
           *           "descriptionFi": null,
           *           "descriptionSv": null,
           *           "descriptionEn": null,
           *           "sizeClass": "small",
           *           "isPublic": null,
           *           "lastVerifiedOn": null,
           *           "publicConsentOn": null,
           *           "visibility": "network",
           *           "regionCode": null,
           *           "industry": null,
           *           "tol2025Code": null,
           *           "companyForm": null,
           *           "registrationDate": null,
           *           "endDate": null,
           *           "status": null,
           *           "source": null,
           *           "lastImportedAt": null,
           *           "importRunId": null,
           *           "createdAt": "2026-12-07T09:30:00.000Z",
           *           "updatedAt": "2026-12-07T09:30:00.000Z",
           *           "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *           "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *         }
           *       ],
           *       "nextCursor": null,
           *       "total": 1
           *     }
           */
          'application/json': components['schemas']['OrganisationPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createOrganisation: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "kind": "company",
         *       "nameFi": "Esimerkki Oy",
         *       "businessId": "1234567-1",
         *       "municipalityCode": "091",
         *       "website": "https://esimerkki.fi",
         *       "sizeClass": "small",
         *       "visibility": "network"
         *     }
         */
        'application/json': components['schemas']['OrganisationCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *       "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *       "kind": "company",
           *       "nameFi": "Esimerkki Oy",
           *       "nameSv": null,
           *       "nameEn": null,
           *       "businessId": "1234567-1",
           *       "tolCode": null,
           *       "municipalityCode": "091",
           *       "website": "https://esimerkki.fi",
           *       "descriptionFi": null,
           *       "descriptionSv": null,
           *       "descriptionEn": null,
           *       "sizeClass": "small",
           *       "isPublic": null,
           *       "lastVerifiedOn": null,
           *       "publicConsentOn": null,
           *       "visibility": "network",
           *       "regionCode": null,
           *       "industry": null,
           *       "tol2025Code": null,
           *       "companyForm": null,
           *       "registrationDate": null,
           *       "endDate": null,
           *       "status": null,
           *       "source": null,
           *       "lastImportedAt": null,
           *       "importRunId": null,
           *       "createdAt": "2026-12-07T09:30:00.000Z",
           *       "updatedAt": "2026-12-07T09:30:00.000Z",
           *       "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *       "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *     }
           */
          'application/json': components['schemas']['Organisation'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *       "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *       "kind": "company",
           *       "nameFi": "Esimerkki Oy",
           *       "nameSv": null,
           *       "nameEn": null,
           *       "businessId": "1234567-1",
           *       "tolCode": null,
           *       "municipalityCode": "091",
           *       "website": "https://esimerkki.fi",
           *       "descriptionFi": null,
           *       "descriptionSv": null,
           *       "descriptionEn": null,
           *       "sizeClass": "small",
           *       "isPublic": null,
           *       "lastVerifiedOn": null,
           *       "publicConsentOn": null,
           *       "visibility": "network",
           *       "regionCode": null,
           *       "industry": null,
           *       "tol2025Code": null,
           *       "companyForm": null,
           *       "registrationDate": null,
           *       "endDate": null,
           *       "status": null,
           *       "source": null,
           *       "lastImportedAt": null,
           *       "importRunId": null,
           *       "createdAt": "2026-12-07T09:30:00.000Z",
           *       "updatedAt": "2026-12-07T09:30:00.000Z",
           *       "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *       "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *     }
           */
          'application/json': components['schemas']['Organisation'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OrganisationUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Organisation'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listCompetences: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'nameFi' | '-nameFi' | 'slug' | '-slug' | 'createdAt' | '-createdAt';
        /** @description Text search (fi/sv/en stemming) */
        q?: string;
        /** @description Themes only (or only non-themes) */
        isTheme?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompetencePage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createCompetence: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompetenceCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Competence'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getCompetence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Competence'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteCompetence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateCompetence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompetenceUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Competence'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listOrganisationCompetences: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'createdAt' | '-createdAt' | 'direction' | '-direction';
        /** @description Text search (fi/sv/en stemming) */
        q?: string;
        /** @description Of this organisation */
        organisationId?: string;
        /** @description Of this competence */
        competenceId?: string;
        /** @description Offer or need (comma-separated: offer, need) */
        direction?: string;
        /** @description Free tag */
        tag?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationCompetencePage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createOrganisationCompetence: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OrganisationCompetenceCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationCompetence'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getOrganisationCompetence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationCompetence'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteOrganisationCompetence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateOrganisationCompetence: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OrganisationCompetenceUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationCompetence'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listPeople: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'createdAt' | '-createdAt' | 'collectedOn' | '-collectedOn';
        /** @description Text search (fi/sv/en stemming) */
        q?: string;
        /** @description People with a role in this organisation */
        organisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *           "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *           "fullName": "Maija Meikäläinen",
           *           "title": null,
           *           "email": "maija@esimerkki.fi",
           *           "phone": null,
           *           "lawfulBasis": "legitimate_interests",
           *           "purpose": "Yhteydenpito verkoston hankkeista",
           *           "source": "Tapaaminen messuilla",
           *           "collectedOn": "2026-12-01",
           *           "informedOn": null,
           *           "retainUntil": null,
           *           "visibility": null,
           *           "createdAt": "2026-12-07T09:30:00.000Z",
           *           "updatedAt": "2026-12-07T09:30:00.000Z",
           *           "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *           "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *         }
           *       ],
           *       "nextCursor": null,
           *       "total": 1
           *     }
           */
          'application/json': components['schemas']['PersonPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createPerson: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "fullName": "Maija Meikäläinen",
         *       "email": "maija@esimerkki.fi",
         *       "lawfulBasis": "legitimate_interests",
         *       "purpose": "Yhteydenpito verkoston hankkeista",
         *       "source": "Tapaaminen messuilla",
         *       "collectedOn": "2026-12-01"
         *     }
         */
        'application/json': components['schemas']['PersonCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *       "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *       "fullName": "Maija Meikäläinen",
           *       "title": null,
           *       "email": "maija@esimerkki.fi",
           *       "phone": null,
           *       "lawfulBasis": "legitimate_interests",
           *       "purpose": "Yhteydenpito verkoston hankkeista",
           *       "source": "Tapaaminen messuilla",
           *       "collectedOn": "2026-12-01",
           *       "informedOn": null,
           *       "retainUntil": null,
           *       "visibility": null,
           *       "createdAt": "2026-12-07T09:30:00.000Z",
           *       "updatedAt": "2026-12-07T09:30:00.000Z",
           *       "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *       "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *     }
           */
          'application/json': components['schemas']['Person'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getPerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *       "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *       "fullName": "Maija Meikäläinen",
           *       "title": null,
           *       "email": "maija@esimerkki.fi",
           *       "phone": null,
           *       "lawfulBasis": "legitimate_interests",
           *       "purpose": "Yhteydenpito verkoston hankkeista",
           *       "source": "Tapaaminen messuilla",
           *       "collectedOn": "2026-12-01",
           *       "informedOn": null,
           *       "retainUntil": null,
           *       "visibility": null,
           *       "createdAt": "2026-12-07T09:30:00.000Z",
           *       "updatedAt": "2026-12-07T09:30:00.000Z",
           *       "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *       "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *     }
           */
          'application/json': components['schemas']['Person'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deletePerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updatePerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PersonUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Person'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listPersonRoles: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'createdAt' | '-createdAt' | 'title' | '-title';
        /** @description Of this person */
        personId?: string;
        /** @description In this organisation */
        organisationId?: string;
        /** @description Contact persons only */
        isContact?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonRolePage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createPersonRole: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PersonRoleCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonRole'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getPersonRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonRole'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deletePersonRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updatePersonRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PersonRoleUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonRole'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listRelations: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'createdAt' | '-createdAt' | 'kind' | '-kind' | 'weight' | '-weight';
        /** @description Text search (fi/sv/en stemming) */
        q?: string;
        /** @description Relations with this organisation at either end */
        organisationId?: string;
        /** @description From this organisation */
        fromOrganisationId?: string;
        /** @description To this organisation */
        toOrganisationId?: string;
        /** @description Relation kind (comma-separated: collaboration, project_partner, supply_chain, customer, education, ownership, membership, funding, met_at_event, other) */
        kind?: string;
        /** @description Where the relation was learnt (comma-separated: interview, survey, project, event, import, manual, example) */
        source?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RelationPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createRelation: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RelationCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Relation'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getRelation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Relation'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteRelation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateRelation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RelationUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Relation'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listEcosystems: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'nameFi' | '-nameFi' | 'slug' | '-slug' | 'createdAt' | '-createdAt';
        /** @description Text search (fi/sv/en stemming) */
        q?: string;
        /** @description Public ecosystems only */
        isPublic?: 'true' | 'false';
        /** @description Ecosystems in this municipality */
        municipalityCode?: string;
        /** @description Ecosystems with this theme */
        theme?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *           "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *           "slug": "kiertotalous-lounais-suomi",
           *           "nameFi": "Kiertotalous Lounais-Suomessa",
           *           "nameSv": null,
           *           "nameEn": null,
           *           "descriptionFi": null,
           *           "descriptionSv": null,
           *           "descriptionEn": null,
           *           "themes": null,
           *           "municipalityCodes": null,
           *           "isPublic": null,
           *           "visibility": "public",
           *           "createdAt": "2026-12-07T09:30:00.000Z",
           *           "updatedAt": "2026-12-07T09:30:00.000Z",
           *           "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *           "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *         }
           *       ],
           *       "nextCursor": null,
           *       "total": 1
           *     }
           */
          'application/json': components['schemas']['EcosystemPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createEcosystem: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "slug": "kiertotalous-lounais-suomi",
         *       "nameFi": "Kiertotalous Lounais-Suomessa",
         *       "visibility": "public"
         *     }
         */
        'application/json': components['schemas']['EcosystemCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *       "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *       "slug": "kiertotalous-lounais-suomi",
           *       "nameFi": "Kiertotalous Lounais-Suomessa",
           *       "nameSv": null,
           *       "nameEn": null,
           *       "descriptionFi": null,
           *       "descriptionSv": null,
           *       "descriptionEn": null,
           *       "themes": null,
           *       "municipalityCodes": null,
           *       "isPublic": null,
           *       "visibility": "public",
           *       "createdAt": "2026-12-07T09:30:00.000Z",
           *       "updatedAt": "2026-12-07T09:30:00.000Z",
           *       "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *       "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *     }
           */
          'application/json': components['schemas']['Ecosystem'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getEcosystem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *       "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *       "slug": "kiertotalous-lounais-suomi",
           *       "nameFi": "Kiertotalous Lounais-Suomessa",
           *       "nameSv": null,
           *       "nameEn": null,
           *       "descriptionFi": null,
           *       "descriptionSv": null,
           *       "descriptionEn": null,
           *       "themes": null,
           *       "municipalityCodes": null,
           *       "isPublic": null,
           *       "visibility": "public",
           *       "createdAt": "2026-12-07T09:30:00.000Z",
           *       "updatedAt": "2026-12-07T09:30:00.000Z",
           *       "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *       "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *     }
           */
          'application/json': components['schemas']['Ecosystem'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteEcosystem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateEcosystem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EcosystemUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ecosystem'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listEcosystemMembers: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'createdAt' | '-createdAt' | 'role' | '-role';
        /** @description Of this ecosystem */
        ecosystemId?: string;
        /** @description This organisation */
        organisationId?: string;
        /** @description Member role (comma-separated: core, orchestrator, supporting, emerging) */
        role?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EcosystemMemberPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createEcosystemMember: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EcosystemMemberCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EcosystemMember'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getEcosystemMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EcosystemMember'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteEcosystemMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateEcosystemMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EcosystemMemberUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EcosystemMember'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listNetworks: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'nameFi' | '-nameFi' | 'slug' | '-slug' | 'createdAt' | '-createdAt';
        /** @description Text search (fi/sv/en stemming) */
        q?: string;
        /** @description Network kind (comma-separated: town_network, city_network, thematic_network, other) */
        kind?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *           "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *           "slug": "seutukaupungit",
           *           "kind": "town_network",
           *           "nameFi": "Seutukaupunkien verkosto",
           *           "nameSv": null,
           *           "nameEn": null,
           *           "descriptionFi": null,
           *           "descriptionSv": null,
           *           "descriptionEn": null,
           *           "startOn": null,
           *           "endOn": null,
           *           "visibility": null,
           *           "memberCount": 0,
           *           "coverage": {
           *             "municipalityCount": 0,
           *             "regionCount": 0,
           *             "municipalities": [],
           *             "regions": []
           *           },
           *           "createdAt": "2026-12-07T09:30:00.000Z",
           *           "updatedAt": "2026-12-07T09:30:00.000Z",
           *           "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *           "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *         }
           *       ],
           *       "nextCursor": null,
           *       "total": 1
           *     }
           */
          'application/json': components['schemas']['NetworkPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createNetwork: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "slug": "seutukaupungit",
         *       "kind": "town_network",
         *       "nameFi": "Seutukaupunkien verkosto"
         *     }
         */
        'application/json': components['schemas']['NetworkCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *       "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *       "slug": "seutukaupungit",
           *       "kind": "town_network",
           *       "nameFi": "Seutukaupunkien verkosto",
           *       "nameSv": null,
           *       "nameEn": null,
           *       "descriptionFi": null,
           *       "descriptionSv": null,
           *       "descriptionEn": null,
           *       "startOn": null,
           *       "endOn": null,
           *       "visibility": null,
           *       "memberCount": 0,
           *       "coverage": {
           *         "municipalityCount": 0,
           *         "regionCount": 0,
           *         "municipalities": [],
           *         "regions": []
           *       },
           *       "createdAt": "2026-12-07T09:30:00.000Z",
           *       "updatedAt": "2026-12-07T09:30:00.000Z",
           *       "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *       "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *     }
           */
          'application/json': components['schemas']['Network'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getNetwork: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *       "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *       "slug": "seutukaupungit",
           *       "kind": "town_network",
           *       "nameFi": "Seutukaupunkien verkosto",
           *       "nameSv": null,
           *       "nameEn": null,
           *       "descriptionFi": null,
           *       "descriptionSv": null,
           *       "descriptionEn": null,
           *       "startOn": null,
           *       "endOn": null,
           *       "visibility": null,
           *       "memberCount": 0,
           *       "coverage": {
           *         "municipalityCount": 0,
           *         "regionCount": 0,
           *         "municipalities": [],
           *         "regions": []
           *       },
           *       "createdAt": "2026-12-07T09:30:00.000Z",
           *       "updatedAt": "2026-12-07T09:30:00.000Z",
           *       "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *       "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *     }
           */
          'application/json': components['schemas']['Network'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteNetwork: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateNetwork: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NetworkUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Network'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listNetworkMembers: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'createdAt' | '-createdAt' | 'role' | '-role';
        /** @description Of this network */
        networkId?: string;
        /** @description This organisation */
        organisationId?: string;
        /** @description Role in the network (comma-separated: coordinator, member, partner) */
        role?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NetworkMemberPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createNetworkMember: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NetworkMemberCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NetworkMember'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getNetworkMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NetworkMember'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteNetworkMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateNetworkMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NetworkMemberUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NetworkMember'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listProjects: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'nameFi' | '-nameFi' | 'createdAt' | '-createdAt' | 'status' | '-status';
        /** @description Text search (fi/sv/en stemming) */
        q?: string;
        /** @description Status (comma-separated: planned, active, completed, cancelled) */
        status?: string;
        /** @description Of this network */
        networkId?: string;
        /** @description Of this ecosystem */
        ecosystemId?: string;
        /** @description Lead projects (vetovastuuhankkeet) only */
        isLeadProject?: 'true' | 'false';
        /** @description Projects this organisation has a role in */
        organisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *           "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *           "slug": null,
           *           "nameFi": "Älykäs satama",
           *           "nameSv": null,
           *           "nameEn": null,
           *           "descriptionFi": null,
           *           "descriptionSv": null,
           *           "descriptionEn": null,
           *           "programme": null,
           *           "startOn": "2026-01-01",
           *           "endOn": "2027-12-31",
           *           "budgetEur": 250000,
           *           "status": null,
           *           "themes": null,
           *           "isLeadProject": null,
           *           "networkId": null,
           *           "ecosystemId": null,
           *           "fundingCallId": null,
           *           "visibility": null,
           *           "createdAt": "2026-12-07T09:30:00.000Z",
           *           "updatedAt": "2026-12-07T09:30:00.000Z",
           *           "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *           "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *         }
           *       ],
           *       "nextCursor": null,
           *       "total": 1
           *     }
           */
          'application/json': components['schemas']['ProjectPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createProject: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "nameFi": "Älykäs satama",
         *       "startOn": "2026-01-01",
         *       "endOn": "2027-12-31",
         *       "budgetEur": 250000
         *     }
         */
        'application/json': components['schemas']['ProjectCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *       "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *       "slug": null,
           *       "nameFi": "Älykäs satama",
           *       "nameSv": null,
           *       "nameEn": null,
           *       "descriptionFi": null,
           *       "descriptionSv": null,
           *       "descriptionEn": null,
           *       "programme": null,
           *       "startOn": "2026-01-01",
           *       "endOn": "2027-12-31",
           *       "budgetEur": 250000,
           *       "status": null,
           *       "themes": null,
           *       "isLeadProject": null,
           *       "networkId": null,
           *       "ecosystemId": null,
           *       "fundingCallId": null,
           *       "visibility": null,
           *       "createdAt": "2026-12-07T09:30:00.000Z",
           *       "updatedAt": "2026-12-07T09:30:00.000Z",
           *       "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *       "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *     }
           */
          'application/json': components['schemas']['Project'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getProject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *       "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *       "slug": null,
           *       "nameFi": "Älykäs satama",
           *       "nameSv": null,
           *       "nameEn": null,
           *       "descriptionFi": null,
           *       "descriptionSv": null,
           *       "descriptionEn": null,
           *       "programme": null,
           *       "startOn": "2026-01-01",
           *       "endOn": "2027-12-31",
           *       "budgetEur": 250000,
           *       "status": null,
           *       "themes": null,
           *       "isLeadProject": null,
           *       "networkId": null,
           *       "ecosystemId": null,
           *       "fundingCallId": null,
           *       "visibility": null,
           *       "createdAt": "2026-12-07T09:30:00.000Z",
           *       "updatedAt": "2026-12-07T09:30:00.000Z",
           *       "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *       "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *     }
           */
          'application/json': components['schemas']['Project'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteProject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateProject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProjectUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Project'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listProjectRoles: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'createdAt' | '-createdAt' | 'role' | '-role';
        /** @description Of this project */
        projectId?: string;
        /** @description This organisation */
        organisationId?: string;
        /** @description Role (comma-separated: main_implementer, co_implementer, network_partner, funder, steering_group, partner) */
        role?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectRolePage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createProjectRole: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProjectRoleCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectRole'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getProjectRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectRole'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteProjectRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateProjectRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProjectRoleUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectRole'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listFundingCalls: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'deadlineAt' | '-deadlineAt' | 'titleFi' | '-titleFi' | 'createdAt' | '-createdAt';
        /** @description Text search (fi/sv/en stemming) */
        q?: string;
        /** @description Opened by this organisation */
        openerOrganisationId?: string;
        /** @description Deadline still ahead (true) or passed (false) */
        open?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundingCallPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createFundingCall: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FundingCallCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundingCall'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getFundingCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundingCall'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteFundingCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateFundingCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FundingCallUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundingCall'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listEcosystemAgreements: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'nameFi' | '-nameFi' | 'createdAt' | '-createdAt';
        /** @description Text search (fi/sv/en stemming) */
        q?: string;
        /** @description Of this network */
        networkId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EcosystemAgreementPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createEcosystemAgreement: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EcosystemAgreementCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EcosystemAgreement'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getEcosystemAgreement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EcosystemAgreement'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteEcosystemAgreement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateEcosystemAgreement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EcosystemAgreementUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EcosystemAgreement'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listAgreementParties: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'createdAt' | '-createdAt';
        /** @description Of this agreement */
        agreementId?: string;
        /** @description This organisation */
        organisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementPartyPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createAgreementParty: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AgreementPartyCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementParty'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getAgreementParty: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementParty'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteAgreementParty: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateAgreementParty: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AgreementPartyUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementParty'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listEvents: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'startsAt' | '-startsAt' | 'titleFi' | '-titleFi' | 'createdAt' | '-createdAt';
        /** @description Text search (fi/sv/en stemming) */
        q?: string;
        /** @description Event kind (comma-separated: webinar, visit, workshop, get_together, seminar, other) */
        kind?: string;
        /** @description Of this project */
        projectId?: string;
        /** @description Of this network */
        networkId?: string;
        /** @description Of this ecosystem */
        ecosystemId?: string;
        /** @description Starting at or after */
        from?: string;
        /** @description Starting before */
        to?: string;
        /** @description Events this organisation took part in */
        organisationId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *           "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *           "kind": "webinar",
           *           "titleFi": "Rahoitusinfo",
           *           "titleSv": null,
           *           "titleEn": null,
           *           "descriptionFi": null,
           *           "descriptionSv": null,
           *           "descriptionEn": null,
           *           "startsAt": "2027-01-15T10:00:00.000Z",
           *           "endsAt": "2027-01-15T11:30:00.000Z",
           *           "location": null,
           *           "municipalityCode": null,
           *           "isOnline": true,
           *           "onlineUrl": null,
           *           "projectId": null,
           *           "networkId": null,
           *           "ecosystemId": null,
           *           "visibility": null,
           *           "seriesId": null,
           *           "createdAt": "2026-12-07T09:30:00.000Z",
           *           "updatedAt": "2026-12-07T09:30:00.000Z",
           *           "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *           "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *         }
           *       ],
           *       "nextCursor": null,
           *       "total": 1
           *     }
           */
          'application/json': components['schemas']['EventPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createEvent: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "kind": "webinar",
         *       "titleFi": "Rahoitusinfo",
         *       "startsAt": "2027-01-15T10:00:00.000Z",
         *       "endsAt": "2027-01-15T11:30:00.000Z",
         *       "isOnline": true
         *     }
         */
        'application/json': components['schemas']['EventCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *       "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *       "kind": "webinar",
           *       "titleFi": "Rahoitusinfo",
           *       "titleSv": null,
           *       "titleEn": null,
           *       "descriptionFi": null,
           *       "descriptionSv": null,
           *       "descriptionEn": null,
           *       "startsAt": "2027-01-15T10:00:00.000Z",
           *       "endsAt": "2027-01-15T11:30:00.000Z",
           *       "location": null,
           *       "municipalityCode": null,
           *       "isOnline": true,
           *       "onlineUrl": null,
           *       "projectId": null,
           *       "networkId": null,
           *       "ecosystemId": null,
           *       "visibility": null,
           *       "seriesId": null,
           *       "createdAt": "2026-12-07T09:30:00.000Z",
           *       "updatedAt": "2026-12-07T09:30:00.000Z",
           *       "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *       "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *     }
           */
          'application/json': components['schemas']['Event'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
           *       "workspaceId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
           *       "kind": "webinar",
           *       "titleFi": "Rahoitusinfo",
           *       "titleSv": null,
           *       "titleEn": null,
           *       "descriptionFi": null,
           *       "descriptionSv": null,
           *       "descriptionEn": null,
           *       "startsAt": "2027-01-15T10:00:00.000Z",
           *       "endsAt": "2027-01-15T11:30:00.000Z",
           *       "location": null,
           *       "municipalityCode": null,
           *       "isOnline": true,
           *       "onlineUrl": null,
           *       "projectId": null,
           *       "networkId": null,
           *       "ecosystemId": null,
           *       "visibility": null,
           *       "seriesId": null,
           *       "createdAt": "2026-12-07T09:30:00.000Z",
           *       "updatedAt": "2026-12-07T09:30:00.000Z",
           *       "createdBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d",
           *       "updatedBy": "e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d"
           *     }
           */
          'application/json': components['schemas']['Event'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EventUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Event'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listEventParticipants: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'createdAt' | '-createdAt' | 'role' | '-role';
        /** @description Of this event */
        eventId?: string;
        /** @description This organisation */
        organisationId?: string;
        /** @description This person */
        personId?: string;
        /** @description Role (comma-separated: organiser, speaker, participant, host) */
        role?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventParticipantPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createEventParticipant: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EventParticipantCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventParticipant'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getEventParticipant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventParticipant'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteEventParticipant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateEventParticipant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EventParticipantUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventParticipant'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listStrategies: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'titleFi' | '-titleFi' | 'startYear' | '-startYear' | 'createdAt' | '-createdAt';
        /** @description Text search (fi/sv/en stemming) */
        q?: string;
        /** @description Scope (comma-separated: ecosystem, network, municipality) */
        scope?: string;
        /** @description Of this ecosystem */
        ecosystemId?: string;
        /** @description Of this network */
        networkId?: string;
        /** @description Of this town (municipality code) */
        municipalityCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StrategyPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createStrategy: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StrategyCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Strategy'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getStrategy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Strategy'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteStrategy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateStrategy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StrategyUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Strategy'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listStrategyGoals: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'createdAt' | '-createdAt' | 'titleFi' | '-titleFi';
        /** @description Text search (fi/sv/en stemming) */
        q?: string;
        /** @description Of this strategy */
        strategyId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StrategyGoalPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createStrategyGoal: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StrategyGoalCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StrategyGoal'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getStrategyGoal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StrategyGoal'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteStrategyGoal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateStrategyGoal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StrategyGoalUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StrategyGoal'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listGoalActuals: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'measuredOn' | '-measuredOn' | 'createdAt' | '-createdAt';
        /** @description Of this goal */
        goalId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalActualPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createGoalActual: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GoalActualCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalActual'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getGoalActual: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalActual'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteGoalActual: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateGoalActual: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GoalActualUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalActual'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listDevelopmentActions: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'createdAt' | '-createdAt' | 'titleFi' | '-titleFi' | 'status' | '-status';
        /** @description Text search (fi/sv/en stemming) */
        q?: string;
        /** @description Of this strategy */
        strategyId?: string;
        /** @description For this goal */
        goalId?: string;
        /** @description Owned by this organisation */
        ownerOrganisationId?: string;
        /** @description Status (comma-separated: planned, in_progress, done, delayed, cancelled) */
        status?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DevelopmentActionPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createDevelopmentAction: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DevelopmentActionCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DevelopmentAction'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getDevelopmentAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DevelopmentAction'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteDevelopmentAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateDevelopmentAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DevelopmentActionUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DevelopmentAction'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listActionProjects: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'createdAt' | '-createdAt';
        /** @description Of this action */
        actionId?: string;
        /** @description This project */
        projectId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionProjectPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createActionProject: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ActionProjectCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionProject'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getActionProject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionProject'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteActionProject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateActionProject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ActionProjectUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionProject'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listActionCalls: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'createdAt' | '-createdAt';
        /** @description Of this action */
        actionId?: string;
        /** @description This funding call */
        fundingCallId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionCallPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createActionCall: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ActionCallCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionCall'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getActionCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionCall'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteActionCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateActionCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ActionCallUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionCall'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listGoalContributions: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'createdAt' | '-createdAt';
        /** @description To this network goal */
        networkGoalId?: string;
        /** @description From this town’s or ecosystem’s goal */
        contributingGoalId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalContributionPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createGoalContribution: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GoalContributionCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalContribution'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getGoalContribution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalContribution'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteGoalContribution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateGoalContribution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GoalContributionUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalContribution'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listContacts: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'createdAt' | '-createdAt' | 'updatedAt' | '-updatedAt' | 'stage' | '-stage';
        /** @description Text search (fi/sv/en stemming) */
        q?: string;
        /** @description With this organisation */
        organisationId?: string;
        /** @description With this person */
        personId?: string;
        /** @description For this network */
        networkId?: string;
        /** @description Stage (comma-separated: to_contact, contacted, meeting, partner, not_now) */
        stage?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createContact: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ContactCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ContactUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listNotes: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'createdAt' | '-createdAt' | 'updatedAt' | '-updatedAt';
        /** @description Text search (fi/sv/en stemming) */
        q?: string;
        /** @description About this organisation */
        organisationId?: string;
        /** @description About this person */
        personId?: string;
        /** @description In the log of this contact */
        contactId?: string;
        /** @description About this event */
        eventId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotePage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createNote: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NoteCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Note'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Note'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deleteNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updateNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NoteUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Note'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  listPictureProposals: {
    parameters: {
      query?: {
        /** @description Page size */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Field to sort by; a leading - sorts descending */
        sort?: 'position' | '-position' | 'createdAt' | '-createdAt' | 'titleFi' | '-titleFi';
        /** @description Text search (fi/sv/en stemming) */
        q?: string;
        /** @description Scope kind (comma-separated: ecosystem, municipality, region, network) */
        scopeKind?: string;
        /** @description Scope id or code */
        scopeId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of records */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PictureProposalPage'];
        };
      };
      400: components['responses']['BadRequest'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  createPictureProposal: {
    parameters: {
      query?: {
        /** @description Workspace (id or slug) the new record belongs to; needed when you edit in several */
        workspace?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PictureProposalCreate'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PictureProposal'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  getPictureProposal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PictureProposal'];
        };
      };
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  deletePictureProposal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
  updatePictureProposal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id (or slug where the entity has one) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PictureProposalUpdate'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PictureProposal'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['RuleViolated'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['ServerError'];
    };
  };
}
