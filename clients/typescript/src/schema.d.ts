// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit.

export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The service is up: the log's head, whether the stores can write, each projection's checkpoint and lag
     * @description Public: no token.
     */
    get: operations['Health_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Prometheus metrics
     * @description Public: no token.
     */
    get: operations['Health_metricsText'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/test-clock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The test clock's time
     * @description Roles: operator. Only with TEST_CLOCK=1, never in production; otherwise 404.
     */
    get: operations['TestClock_now'];
    /**
     * Move the test clock forward; answers once the cut-offs that fell due are logged
     * @description Roles: operator. Only with TEST_CLOCK=1, never in production; otherwise 404.
     */
    put: operations['TestClock_move'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/features/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Turn the certificates feature on or off for a tenant
     * @description Roles: operator.
     */
    put: operations['Features_set'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificate-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The templates the caller can assign, with every version
     * @description Roles: operator, admin, group-admin, author, trainer, inspector, auditor, integration.
     */
    get: operations['TemplatesQuery_list'];
    put?: never;
    /**
     * Create a template with its version 1 (authors: kind author; operators: classic)
     * @description Roles: author, operator.
     */
    post: operations['Templates_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificate-templates/{templateId}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish a new immutable version of a template (PublishTemplateVersion)
     * @description Roles: author, operator.
     */
    post: operations['Templates_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trainings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a training (course, pathway or learning program)
     * @description Roles: admin, group-admin.
     */
    post: operations['Trainings_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trainings/{trainingId}/certificate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Assign a certificate template version, and optionally a validity in months and a renewal window in days, to the training (AssignCertificate)
     * @description Roles: admin, group-admin.
     */
    put: operations['Trainings_assign'];
    post?: never;
    /**
     * Remove the training's certificate assignment
     * @description Roles: admin, group-admin.
     */
    delete: operations['Trainings_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/learners/{learnerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Record a learner's profile (name and e-mail)
     * @description Roles: admin, integration.
     */
    put: operations['Learners_record'];
    post?: never;
    /**
     * Erase a learner's personal data: their key, name and e-mail everywhere, their PDFs and credentials; history stays
     * @description Roles: admin.
     */
    delete: operations['Learners_erase'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trainings/{trainingId}/enrollments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enrol a learner in the training
     * @description Roles: admin, group-admin, integration.
     */
    post: operations['Enrollments_enrol'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trainings/{trainingId}/learners/{learnerId}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a learner's progress (0-100 %)
     * @description Roles: admin, trainer, integration.
     */
    post: operations['Enrollments_progress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trainings/{trainingId}/learners/{learnerId}/completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that a learner completed the training (CompleteTraining)
     * @description Roles: admin, trainer, integration.
     */
    post: operations['Enrollments_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/learning-records/{trainingId}/certificate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Open my certificate ("Open certificate")
     * @description Roles: learner.
     */
    get: operations['Certificates_mine'];
    put?: never;
    /**
     * Generate my certificate for a completed training (GenerateCertificate)
     * @description Roles: learner.
     */
    post: operations['MyCertificates_generate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/learning-records/{trainingId}/renewal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Renew my certificate while its renewal is open: a new cycle starts (RenewCertificate)
     * @description Roles: learner.
     */
    post: operations['MyCertificates_renew'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trainings/{trainingId}/learners/{learnerId}/certificate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a copy of a learner's certificate
     * @description Roles: admin, inspector, auditor, group-admin, trainer.
     */
    get: operations['Certificates_copy'];
    put?: never;
    /**
     * Generate a learner's certificate with the version assigned now
     * @description Roles: admin, group-admin.
     */
    post: operations['LearnerCertificates_generate'];
    /**
     * Delete a learner's certificate (kept in history); the learner may generate again
     * @description Roles: admin, group-admin.
     */
    delete: operations['LearnerCertificates_delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trainings/{trainingId}/learners/{learnerId}/certificate/revocation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Revoke a learner's generated certificate (kept, shown as revoked); final for it
     * @description Roles: admin, group-admin.
     */
    post: operations['LearnerCertificates_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trainings/{trainingId}/learners/{learnerId}/renewal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Renew a learner's certificate: a new cycle starts, at any time once one was generated
     * @description Roles: admin, group-admin.
     */
    post: operations['LearnerCertificates_renew'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trainings/{trainingId}/reports/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Export the training's progress report as of the daily cut-off in force
     * @description Roles: admin, group-admin, trainer, inspector.
     */
    post: operations['Reports_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trainings/{trainingId}/certificate-archives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Archive the training's generated certificates as one ZIP (PDFs, credentials, manifest), now or as of a past day's cut-off
     * @description Roles: admin, group-admin.
     */
    post: operations['CertificateArchives_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant's issuer profile */
    get: operations['IssuerProfileQuery_get'];
    /**
     * Set the tenant's issuer profile: the name, web address, e-mail, logo and number prefix certificates show
     * @description Roles: operator, admin. A bad field, an oversized logo, an SVG with scripts or references, or a certificate prefix other than 2 to 12 of A-Z and 0-9 is a 400.
     */
    put: operations['IssuerProfile_record'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The tenant's notification settings, and whether this service can send mail
     * @description Roles: operator, admin.
     */
    get: operations['NotificationSettingsQuery_get'];
    /**
     * Set the tenant's reminder offsets and which mails its learners get
     * @description Roles: operator, admin. More than 5 offsets, an offset outside 1 to 365 or given twice, or a bad replyTo is a 400. Mails go out only where the service has SMTP_URL.
     */
    put: operations['NotificationSettings_record'];
    post?: never;
    delete?: never;
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
    /**
     * The tenant's webhooks
     * @description Roles: admin.
     */
    get: operations['WebhooksQuery_list'];
    put?: never;
    /**
     * Subscribe an endpoint to the tenant's messages (Standard Webhooks, signed)
     * @description Roles: admin. A URL that is not https, carries credentials, does not resolve, or resolves to a loopback, private, link-local or metadata address is a 400 invalid-webhook-url.
     */
    post: operations['Webhooks_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{webhookId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One webhook (never its secret)
     * @description Roles: admin.
     */
    get: operations['WebhooksQuery_one'];
    put?: never;
    post?: never;
    /**
     * Delete a webhook: nothing more is delivered to it
     * @description Roles: admin.
     */
    delete: operations['Webhooks_delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{webhookId}/secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate a webhook's secret: the old one signs beside the new one for 24 hours
     * @description Roles: admin.
     */
    post: operations['Webhooks_rotate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{webhookId}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send again every matching message after a log position, with its original id
     * @description Roles: admin.
     */
    post: operations['Webhooks_replay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/issuer-keys/rotation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate the tenant's issuer key: later credentials and status lists are signed with a new key; earlier credentials keep verifying
     * @description Roles: operator, admin.
     */
    post: operations['IssuerKeyRotation_rotate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/learning-records/{trainingId}/credential-offer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Offer my certificate to a digital wallet: an OpenID4VCI credential offer (MakeCredentialOffer)
     * @description Roles: learner.
     */
    post: operations['CredentialOffer_offer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/.well-known/openid-credential-issuer/tenants/{tenantId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The tenant's OpenID4VCI credential issuer metadata
     * @description Public: no token.
     */
    get: operations['Openid4vci_issuerMetadata'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/.well-known/oauth-authorization-server/tenants/{tenantId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The tenant's OAuth authorization server metadata (RFC 8414)
     * @description Public: no token.
     */
    get: operations['Openid4vci_authorizationServerMetadata'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tenants/{tenantId}/openid4vci/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Token endpoint: a pre-authorized code for an access token (RFC 6749, OpenID4VCI §6)
     * @description Public: no token. Form-encoded: grant_type=urn:ietf:params:oauth:grant-type:pre-authorized_code and pre-authorized_code. The code is single use and expires with its offer.
     */
    post: operations['Openid4vci_token'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tenants/{tenantId}/openid4vci/nonce': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Nonce endpoint: a fresh c_nonce for the proof of possession (OpenID4VCI §7)
     * @description Public: no token.
     */
    post: operations['Openid4vci_nonce'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tenants/{tenantId}/openid4vci/credential': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Credential endpoint: the certificate as an ldp_vc OpenBadgeCredential bound to the holder (OpenID4VCI §8)
     * @description Public: no token. Authorization: Bearer <access token>. Body: { credential_configuration_id: "OpenBadgeCredential", proofs: { jwt: [<proof>] } }; the proof (typ openid4vci-proof+jwt, EdDSA or ES256, kid a did:key or did:jwk DID URL) names the issuer as aud and carries a c_nonce. One credential per access token.
     */
    post: operations['Openid4vci_credential'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/features/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the caller's tenant has certificates on */
    get: operations['FeaturesQuery_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificate-templates/{templateId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One template with every version
     * @description Roles: operator, admin, group-admin, author, trainer, inspector, auditor, integration.
     */
    get: operations['TemplatesQuery_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trainings/{trainingId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A training with its certificate assignment
     * @description Roles: admin, inspector, auditor, group-admin, trainer.
     */
    get: operations['TrainingsQuery_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trainings/{trainingId}/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The training's certificates, for admins
     * @description Roles: admin, inspector, auditor, group-admin, trainer.
     */
    get: operations['TrainingsQuery_certificates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/learning-records': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My trainings, progress and certificates ("Generate" when available, "Open" when generated)
     * @description Roles: learner.
     */
    get: operations['LearningRecords_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The tenant's events (and the platform's cut-off markers), oldest first
     * @description Roles: auditor, admin.
     */
    get: operations['AuditEvents_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificate-templates/{templateId}/versions/{version}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A version of a template rendered with sample data
     * @description Roles: admin, group-admin, author, operator.
     */
    get: operations['TemplatePreview_preview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The report history, newest first
     * @description Roles: admin, inspector, auditor, group-admin, trainer.
     */
    get: operations['ReportsQuery_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{reportId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One report of the history
     * @description Roles: admin, inspector, auditor, group-admin, trainer.
     */
    get: operations['ReportsQuery_one'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{reportId}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a done report as CSV
     * @description Roles: admin, inspector, auditor, group-admin, trainer.
     */
    get: operations['ReportsQuery_file'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificate-archives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The certificate archives, newest first
     * @description Roles: admin, group-admin.
     */
    get: operations['CertificateArchivesQuery_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificate-archives/{archiveId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One certificate archive
     * @description Roles: admin, group-admin.
     */
    get: operations['CertificateArchivesQuery_one'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certificate-archives/{archiveId}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a done archive as ZIP: manifest.json, the PDFs and the credentials (404 once expired or deleted)
     * @description Roles: admin, group-admin.
     */
    get: operations['CertificateArchivesQuery_file'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/trainings/{trainingId}/progress-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A training's progress report as it stood at a past day's cut-off (JSON, or CSV with Accept: text/csv)
     * @description Roles: auditor, admin.
     */
    get: operations['AuditProgressReport_asOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{webhookId}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A webhook's deliveries, newest first
     * @description Roles: admin.
     */
    get: operations['WebhooksQuery_deliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/certificates/{certificateId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A certificate's public facts and status
     * @description Public: no token.
     */
    get: operations['PublicCertificates_facts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/certificates/{certificateId}/credential': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The certificate's signed Open Badges 3.0 credential, the same bytes every time
     * @description Public: no token.
     */
    get: operations['PublicCertificates_credential'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/certificates/{certificateId}/badge.png': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The baked Open Badges image: the achievement's picture as a PNG carrying the signed credential in its `openbadgecredential` iTXt chunk
     * @description Public: no token.
     */
    get: operations['PublicCertificates_badge'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/verify/{certificateId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The public verification page, in the certificate’s language (?lang= overrides)
     * @description Public: no token.
     */
    get: operations['PublicCertificates_page'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/achievement-images/{imageId}.png': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An achievement's picture (issuer logo, training title, issuer name): the `achievement.image` of the credentials issued for it
     * @description Public: no token.
     */
    get: operations['AchievementImages_picture'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tenants/{tenantId}/did.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The DID document of the tenant's did:web issuer identifier
     * @description Public: no token.
     */
    get: operations['IssuerDocuments_did'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tenants/{tenantId}/status-lists/revocation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The tenant's signed BitstringStatusListCredential (revoked and deleted certificates)
     * @description Public: no token.
     */
    get: operations['IssuerDocuments_statusList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/learners/{learnerId}/personal-data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Everything held about a learner, as one JSON document (a data access request): profile, enrolments, certificates, reports and archives listing them, wallet credentials
     * @description Roles: admin.
     */
    get: operations['PersonalData_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    FieldError: {
      path: string;
      message: string;
    };
    /**
     * @description An RFC 9457 problem (application/problem+json); `code` is stable (SPEC §4).
     * @example {
     *       "type": "about:blank",
     *       "title": "Not Found",
     *       "status": 404,
     *       "detail": "No such resource",
     *       "code": "not-found"
     *     }
     */
    Problem: {
      type: string;
      title: string;
      status: number;
      detail: string;
      /** @enum {string} */
      code:
        | 'validation-failed'
        | 'unauthorized'
        | 'forbidden'
        | 'not-found'
        | 'template-not-found'
        | 'version-not-found'
        | 'feature-inactive'
        | 'not-completed'
        | 'no-certificate-assigned'
        | 'not-ready'
        | 'certificate-revoked'
        | 'renewal-not-open'
        | 'invalid-webhook-url'
        | 'learner-erased'
        | 'already-exists'
        | 'concurrency-conflict'
        | 'idempotency-key-reused'
        | 'payload-too-large'
        | 'unsupported-media-type'
        | 'not-acceptable'
        | 'rate-limited'
        | 'stale'
        | 'template-not-renderable'
        | 'storage-unavailable'
        | 'internal-error';
      errors?: components['schemas']['FieldError'][];
    };
    /**
     * @description An OAuth 2.0 / OpenID4VCI error (RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §8.3.1): invalid_request, invalid_grant, unsupported_grant_type, invalid_token, invalid_credential_request, unknown_credential_configuration, invalid_proof, invalid_nonce, credential_request_denied
     * @example {
     *       "error": "invalid_grant",
     *       "error_description": "The pre-authorized code has expired"
     *     }
     */
    OAuthError: {
      error: string;
      error_description?: string;
    };
    /**
     * @description The command was recorded (or changed nothing): the log position of its last event
     * @example {
     *       "position": "1042"
     *     }
     */
    CommandAnswer: {
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      position: string;
    };
    /**
     * @description The event log can be read; whether the stores can write; how far behind the log each projection is
     * @example {
     *       "status": "ok",
     *       "log": {
     *         "head": "1042"
     *       },
     *       "storage": {
     *         "status": "ok",
     *         "freeBytes": 52428800
     *       },
     *       "projections": [
     *         {
     *           "name": "trainings",
     *           "checkpoint": "1042",
     *           "lag": "0"
     *         }
     *       ]
     *     }
     */
    Health: {
      /** @enum {string} */
      status: 'ok' | 'degraded';
      log: {
        /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
        head: string;
      };
      storage: {
        /** @enum {string} */
        status: 'ok' | 'full';
        /** @enum {string} */
        store?: 'event-store' | 'read-store' | 'file-store' | 'personal-data-keys' | 'data-dir';
        freeBytes: number;
      };
      projections: {
        name: string;
        /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
        checkpoint: string | null;
        lag: string;
      }[];
    };
    AuditEvent: {
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      position: string;
      stream: string;
      revision: string;
      type: string;
      data: {
        [key: string]: unknown;
      };
      metadata: {
        [key: string]: unknown;
      };
    };
    /**
     * @description A page of the log, oldest first; `next` is the `after` of the next page
     * @example {
     *       "events": [
     *         {
     *           "position": "17",
     *           "stream": "feature-acme",
     *           "revision": "0",
     *           "type": "CertificatesFeatureSet",
     *           "data": {
     *             "enabled": true
     *           },
     *           "metadata": {
     *             "tenant": "acme",
     *             "occurredAt": "2026-03-14T09:00:00.000Z"
     *           }
     *         }
     *       ],
     *       "next": null
     *     }
     */
    AuditPage: {
      events: components['schemas']['AuditEvent'][];
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      next: string | null;
    };
    /**
     * @description The tenant's certificates feature as it now stands
     * @example {
     *       "tenantId": "acme",
     *       "enabled": true,
     *       "position": "17"
     *     }
     */
    FeatureSet: {
      tenantId: string;
      enabled: boolean;
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      position: string;
    };
    /**
     * @description Whether the caller's tenant has certificates on
     * @example {
     *       "enabled": true
     *     }
     */
    FeatureState: {
      enabled: boolean;
    };
    /**
     * @description The tenant's notification settings (the defaults until it sets them)
     * @example {
     *       "tenantId": "acme",
     *       "reminderDays": [
     *         30,
     *         7,
     *         1
     *       ],
     *       "email": {
     *         "enabled": false,
     *         "certificateReady": true,
     *         "attachPdf": false,
     *         "reminders": true,
     *         "expired": true,
     *         "revoked": true,
     *         "replyTo": null
     *       },
     *       "smtpConfigured": false
     *     }
     */
    NotificationSettings: {
      tenantId: string;
      reminderDays: number[];
      email: {
        enabled: boolean;
        certificateReady: boolean;
        attachPdf: boolean;
        reminders: boolean;
        expired: boolean;
        revoked: boolean;
        replyTo: string | null;
      };
      smtpConfigured: boolean;
    };
    /**
     * @description A webhook of the tenant (never its secret)
     * @example {
     *       "webhookId": "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
     *       "url": "https://lms.acme.example/hooks/certificates",
     *       "events": [
     *         "certificate.generated"
     *       ],
     *       "description": null,
     *       "status": "active",
     *       "createdAt": "2027-01-10T09:00:00.000Z",
     *       "position": "1201"
     *     }
     */
    Webhook: {
      webhookId: string;
      url: string;
      events: (
        | 'certificate.generated'
        | 'certificate.failed'
        | 'certificate.revoked'
        | 'certificate.deleted'
        | 'certificate.renewed'
        | 'certificate.expiring'
        | 'certificate.expired'
        | 'report.done'
        | 'learner.erased'
      )[];
      description: string | null;
      /** @enum {string} */
      status: 'active';
      createdAt: string;
      position: string;
    };
    /** @description The tenant's webhooks, oldest first */
    WebhookList: components['schemas']['Webhook'][];
    /**
     * @description The webhook's deliveries, newest first: ids and outcomes, never bodies
     * @example [
     *       {
     *         "messageId": "msg_6f1c0e2a9b3d4c5e8f7a6b5c4d3e2f1a",
     *         "type": "certificate.generated",
     *         "position": "1250",
     *         "attempts": 2,
     *         "lastStatus": 200,
     *         "lastAttemptAt": "2027-01-10T09:00:05.000Z",
     *         "state": "delivered"
     *       }
     *     ]
     */
    WebhookDeliveryList: {
      messageId: string;
      /** @enum {string} */
      type:
        | 'certificate.generated'
        | 'certificate.failed'
        | 'certificate.revoked'
        | 'certificate.deleted'
        | 'certificate.renewed'
        | 'certificate.expiring'
        | 'certificate.expired'
        | 'report.done'
        | 'learner.erased';
      position: string;
      attempts: number;
      lastStatus: number | null;
      lastAttemptAt: string | null;
      nextAttemptAt?: string;
      /** @enum {string} */
      state: 'pending' | 'delivered' | 'failing' | 'failed';
    }[];
    /**
     * @description The tenant's issuer profile, as certificates and credentials show it
     * @example {
     *       "tenantId": "acme",
     *       "name": "Acme Academy",
     *       "url": "https://academy.acme.example",
     *       "email": "certificates@acme.example",
     *       "logo": null,
     *       "certificatePrefix": "ACME"
     *     }
     */
    IssuerProfile: {
      tenantId: string;
      name: string;
      url: string | null;
      email: string | null;
      logo: string | null;
      certificatePrefix: string;
    };
    /**
     * @description The training (its id, given or made up) and the log position
     * @example {
     *       "trainingId": "safety-101",
     *       "position": "12"
     *     }
     */
    TrainingCreated: {
      trainingId: string;
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      position: string;
    };
    /**
     * @description A training with its certificate assignment (null: none)
     * @example {
     *       "trainingId": "safety-101",
     *       "type": "course",
     *       "title": "Safety 101",
     *       "groupId": null,
     *       "certificate": {
     *         "templateId": "classic-en",
     *         "version": 1,
     *         "assignedAt": "2026-03-14T09:26:53.589Z",
     *         "assignedBy": "admin-1",
     *         "validForMonths": null,
     *         "renewalWindowDays": null
     *       }
     *     }
     */
    Training: {
      trainingId: string;
      /** @enum {string} */
      type: 'course' | 'pathway' | 'learning-program';
      title: string;
      groupId: string | null;
      certificate: {
        templateId: string;
        version: number;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        assignedAt: string;
        assignedBy: string;
        validForMonths: number | null;
        renewalWindowDays: number | null;
      } | null;
    };
    /** @enum {string} */
    LearningStatus: 'not-started' | 'in-progress' | 'completed';
    /**
     * @description One of the learner's trainings with progress and certificate
     * @example {
     *       "trainingId": "safety-101",
     *       "title": "Safety 101",
     *       "type": "course",
     *       "progress": 100,
     *       "status": "completed",
     *       "enrolledAt": "2026-03-01T08:00:00.000Z",
     *       "completedAt": "2026-03-14T09:20:00.000Z",
     *       "cycle": 1,
     *       "certificate": {
     *         "status": "available"
     *       },
     *       "renewal": null,
     *       "previousCertificates": []
     *     }
     */
    LearningRecord: {
      trainingId: string;
      title: string | null;
      /** @enum {string|null} */
      type: 'course' | 'pathway' | 'learning-program' | null;
      progress: number;
      status: components['schemas']['LearningStatus'];
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      enrolledAt: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      completedAt: string | null;
      cycle: number;
      certificate: {
        /** @enum {string} */
        status:
          | 'unavailable'
          | 'available'
          | 'generating'
          | 'generated'
          | 'failed'
          | 'revoked'
          | 'expired';
        certificateId?: string;
        number?: string;
        templateId?: string;
        version?: number;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        firstGeneratedAt?: string;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        generatedAt?: string;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        validUntil?: string;
        verificationUrl?: string;
        linkedInUrl?: string;
        renews?: string;
      };
      renewal: {
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        opensAt: string;
        open: boolean;
      } | null;
      previousCertificates: {
        certificateId: string;
        number: string | null;
        /** @enum {string} */
        status: 'generating' | 'generated' | 'failed' | 'revoked' | 'expired' | 'deleted';
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        validUntil: string | null;
        renewedBy?: string;
      }[];
    };
    /** @description The learner's trainings, by training id */
    LearningRecordList: components['schemas']['LearningRecord'][];
    ProgressReportRow: {
      userId: string;
      name: string;
      email: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      enrolledAt: string | null;
      progress: number;
      status: components['schemas']['LearningStatus'];
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      completedAt: string | null;
      certificate: string | null;
      certificateVersion: number | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      certificateDownloadDate: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      certificateValidUntil: string | null;
      cycle: number;
    };
    /**
     * @description The training's progress report as of that day's 00:00 UTC cut-off
     * @example {
     *       "asOf": "2026-03-14",
     *       "cutoff": "2026-03-14T00:00:00.000Z",
     *       "rows": [
     *         {
     *           "userId": "ana",
     *           "name": "Ana Núñez",
     *           "email": "ana@example.com",
     *           "enrolledAt": "2026-03-01T08:00:00.000Z",
     *           "progress": 100,
     *           "status": "completed",
     *           "completedAt": "2026-03-13T09:20:00.000Z",
     *           "certificate": "Classic (English)",
     *           "certificateVersion": 1,
     *           "certificateDownloadDate": "2026-03-13T09:26:53.589Z",
     *           "certificateValidUntil": null,
     *           "cycle": 1
     *         }
     *       ]
     *     }
     */
    ProgressReportAsOf: {
      /** Format: date */
      asOf: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      cutoff: string;
      rows: components['schemas']['ProgressReportRow'][];
    };
    /**
     * @description Everything held about a learner: profile, enrolments, certificates, the reports and archives listing them, the credentials issued into their wallets
     * @example {
     *       "learnerId": "ana",
     *       "erased": false,
     *       "profile": {
     *         "name": "Ana Núñez",
     *         "email": "ana@example.com"
     *       },
     *       "profileHistory": [
     *         {
     *           "shownInReportsFrom": "2026-03-02",
     *           "name": "Ana Núñez",
     *           "email": "ana@example.com"
     *         }
     *       ],
     *       "enrolments": [
     *         {
     *           "trainingId": "safety-101",
     *           "enrolledAt": "2026-03-01T08:00:00.000Z",
     *           "progress": 100,
     *           "completedAt": "2026-03-14T09:20:00.000Z"
     *         }
     *       ],
     *       "certificates": [],
     *       "reports": [],
     *       "archives": [],
     *       "walletCredentials": []
     *     }
     */
    PersonalData: {
      learnerId: string;
      /** @enum {boolean} */
      erased: false;
      profile: {
        name: string;
        email: string;
      } | null;
      profileHistory: {
        shownInReportsFrom: string;
        name: string;
        email: string;
      }[];
      enrolments: {
        trainingId: string;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        enrolledAt: string | null;
        progress: number;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        completedAt: string | null;
      }[];
      certificates: {
        certificateId: string;
        number: string | null;
        trainingId: string;
        /** @enum {string} */
        status: 'generating' | 'generated' | 'failed' | 'revoked' | 'deleted';
        templateId: string;
        version: number;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        issuedAt: string;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        validUntil: string | null;
        file: {
          sha256: string;
          size: number;
        } | null;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        revokedAt: string | null;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        deletedAt: string | null;
        verificationUrl: string;
      }[];
      reports: {
        reportId: string;
        trainingId: string;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        cutoff: string;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        completedAt: string | null;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        redactedAt: string | null;
      }[];
      archives: {
        archiveId: string;
        trainingId: string;
        asOf: string | null;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        completedAt: string | null;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        expiresAt: string | null;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        removedAt: string | null;
      }[];
      walletCredentials: {
        certificateId: string;
        trainingId: string;
        credentialId: string;
        sha256: string;
        holder: string | null;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        issuedAt: string;
      }[];
    };
    /**
     * @description The learner's personal data was erased; only that it happened is kept
     * @example {
     *       "learnerId": "ana",
     *       "erased": true,
     *       "erasedAt": "2026-04-01T10:00:00.000Z"
     *     }
     */
    PersonalDataErased: {
      learnerId: string;
      /** @enum {boolean} */
      erased: true;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      erasedAt: string;
    };
    /** @description What the service holds about a learner, or that it was erased */
    PersonalDataExport:
      components['schemas']['PersonalData'] | components['schemas']['PersonalDataErased'];
    /**
     * @description A certificate's public facts: never an e-mail or a learner id
     * @example {
     *       "certificateId": "0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40",
     *       "status": "valid",
     *       "learner": {
     *         "name": "Ana Núñez"
     *       },
     *       "training": {
     *         "title": "Safety 101",
     *         "type": "course"
     *       },
     *       "issuer": {
     *         "tenantId": "acme",
     *         "name": "Acme Academy",
     *         "url": null
     *       },
     *       "issuedAt": "2026-03-14T09:26:55.102Z",
     *       "completedAt": "2026-03-14T09:20:00.000Z",
     *       "validUntil": null,
     *       "template": {
     *         "templateId": "classic-en",
     *         "title": "Classic (English)",
     *         "version": 1
     *       },
     *       "file": {
     *         "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
     *         "size": 48213
     *       },
     *       "verificationUrl": "http://localhost:3000/verify/0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40",
     *       "credentialUrl": "http://localhost:3000/api/v1/public/certificates/0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40/credential",
     *       "number": "ACME-2026-000318",
     *       "cycle": 1,
     *       "linkedInUrl": "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=Safety+101&organizationName=Acme+Academy&issueYear=2026&issueMonth=3&certUrl=http%3A%2F%2Flocalhost%3A3000%2Fverify%2F0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40&certId=ACME-2026-000318",
     *       "badgeUrl": "http://localhost:3000/api/v1/public/certificates/0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40/badge.png"
     *     }
     */
    PublicCertificate: {
      certificateId: string;
      /** @enum {string} */
      status: 'valid' | 'revoked' | 'expired' | 'deleted' | 'erased';
      learner: {
        name: string;
      } | null;
      training: {
        title: string;
        type: string;
      };
      issuer: {
        tenantId: string;
        name: string;
        url: string | null;
      };
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      issuedAt: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      completedAt: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      validUntil: string | null;
      template: {
        templateId: string;
        title: string;
        version: number;
      };
      file: {
        sha256: string;
        size: number;
      };
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      revokedAt?: string;
      revocationReason?: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      deletedAt?: string;
      verificationUrl: string;
      credentialUrl: string | null;
      number: string | null;
      cycle: number;
      renews?: string;
      renewedBy?: string;
      linkedInUrl: string;
      badgeUrl: string | null;
      validOn?: {
        /** Format: date */
        date: string;
        valid: boolean;
        /** @enum {string} */
        reason: 'valid' | 'not-yet-issued' | 'expired' | 'revoked' | 'deleted' | 'erased';
      };
    };
    /**
     * @description The issuer's Ed25519 keys, current and rotated
     * @example {
     *       "@context": [
     *         "https://www.w3.org/ns/did/v1",
     *         "https://w3id.org/security/multikey/v1"
     *       ],
     *       "id": "did:web:localhost%3A3000:tenants:acme",
     *       "verificationMethod": [
     *         {
     *           "id": "did:web:localhost%3A3000:tenants:acme#key-1",
     *           "type": "Multikey",
     *           "controller": "did:web:localhost%3A3000:tenants:acme",
     *           "publicKeyMultibase": "z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
     *         }
     *       ],
     *       "assertionMethod": [
     *         "did:web:localhost%3A3000:tenants:acme#key-1"
     *       ]
     *     }
     */
    DidDocument: {
      '@context': string[];
      id: string;
      verificationMethod: {
        id: string;
        /** @enum {string} */
        type: 'Multikey';
        controller: string;
        publicKeyMultibase: string;
      }[];
      assertionMethod: string[];
    };
    /** @description An Open Badges 3.0 OpenBadgeCredential (W3C VC 2.0), eddsa-rdfc-2022 proof, BitstringStatusListEntry status */
    OpenBadgeCredential: {
      '@context': unknown[];
      id: string;
      type: string[];
      issuer:
        | string
        | ({
            id: string;
          } & {
            [key: string]: unknown;
          });
      validFrom: string;
      credentialSubject: {
        [key: string]: unknown;
      };
      proof:
        | ({
            /** @enum {string} */
            type: 'DataIntegrityProof';
            cryptosuite: string;
            verificationMethod: string;
            proofPurpose: string;
            proofValue: string;
          } & {
            [key: string]: unknown;
          })[]
        | ({
            /** @enum {string} */
            type: 'DataIntegrityProof';
            cryptosuite: string;
            verificationMethod: string;
            proofPurpose: string;
            proofValue: string;
          } & {
            [key: string]: unknown;
          });
    } & {
      [key: string]: unknown;
    };
    /** @description A signed BitstringStatusListCredential (purpose revocation) */
    StatusListCredential: {
      '@context': unknown[];
      id: string;
      type: string[];
      issuer:
        | string
        | ({
            id: string;
          } & {
            [key: string]: unknown;
          });
      validFrom: string;
      credentialSubject: {
        [key: string]: unknown;
      };
      proof: {
        /** @enum {string} */
        type: 'DataIntegrityProof';
        cryptosuite: string;
        verificationMethod: string;
        proofPurpose: string;
        proofValue: string;
      } & {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /**
     * @description A report job of the history; a done one is downloaded as CSV. `redactedAt`: when its file was last written again without an erased learner.
     * @example {
     *       "reportId": "6d0e4b8a-1f3c-4a2e-8b7d-9c5e2f1a0b36",
     *       "trainingId": "safety-101",
     *       "type": "progress",
     *       "status": "done",
     *       "requestedAt": "2026-03-14T10:00:00.000Z",
     *       "requestedBy": "admin-1",
     *       "cutoff": "2026-03-14T00:00:00.000Z",
     *       "completedAt": "2026-03-14T10:00:01.250Z",
     *       "rowCount": 2
     *     }
     */
    Report: {
      reportId: string;
      trainingId: string;
      /** @enum {string} */
      type: 'progress';
      /** @enum {string} */
      status: 'pending' | 'running' | 'done' | 'failed';
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      requestedAt: string;
      requestedBy: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      cutoff: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      completedAt?: string;
      rowCount?: number;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      redactedAt?: string;
    };
    /** @description The report history, newest first */
    ReportList: components['schemas']['Report'][];
    /**
     * @description The archive job; it is built asynchronously
     * @example {
     *       "archiveId": "8a2d4c6e-1b3f-5a7c-9e0d-2f4b6a8c0e13",
     *       "status": "pending",
     *       "position": "152"
     *     }
     */
    CertificateArchiveRequested: {
      archiveId: string;
      /** @enum {string} */
      status: 'pending';
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      position: string;
    };
    /**
     * @description A certificate archive job; a done one is downloaded as ZIP until `expiresAt` has passed a daily cut-off (`expired`) or an erasure removed it (`deleted`).
     * @example {
     *       "archiveId": "8a2d4c6e-1b3f-5a7c-9e0d-2f4b6a8c0e13",
     *       "trainingId": "safety-101",
     *       "status": "done",
     *       "requestedAt": "2026-03-14T10:00:00.000Z",
     *       "requestedBy": "admin-1",
     *       "asOf": "2026-03-01",
     *       "completedAt": "2026-03-14T10:00:03.250Z",
     *       "count": 42,
     *       "size": 2318844,
     *       "sha256": "3b7e1f0c9a2d4e6f8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a",
     *       "expiresAt": "2026-03-21T10:00:03.250Z"
     *     }
     */
    CertificateArchive: {
      archiveId: string;
      trainingId: string;
      /** @enum {string} */
      status: 'pending' | 'running' | 'done' | 'failed' | 'expired' | 'deleted';
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      requestedAt: string;
      requestedBy: string;
      /** Format: date */
      asOf?: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      completedAt?: string;
      count?: number;
      size?: number;
      sha256?: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      expiresAt?: string;
    };
    /** @description The certificate archives, newest first */
    CertificateArchiveList: components['schemas']['CertificateArchive'][];
    /**
     * @description The template and the number of the version just published (1 when created)
     * @example {
     *       "templateId": "b3c1f0e2-5a8d-4f5e-9d0a-2b7c6e1f4a90",
     *       "version": 2,
     *       "position": "311"
     *     }
     */
    TemplateVersionPublished: {
      templateId: string;
      version: number;
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      position: string;
    };
    /**
     * @description A template with every immutable version
     * @example {
     *       "templateId": "classic-en",
     *       "kind": "classic",
     *       "title": "Classic (English)",
     *       "language": "en",
     *       "createdBy": "system",
     *       "latestVersion": 1,
     *       "versions": [
     *         {
     *           "version": 1,
     *           "publishedAt": "2026-01-01T00:00:00.000Z",
     *           "publishedBy": "system"
     *         }
     *       ]
     *     }
     */
    Template: {
      templateId: string;
      /** @enum {string} */
      kind: 'classic' | 'author';
      title: string;
      language: string;
      createdBy: string;
      latestVersion: number;
      versions: {
        version: number;
        /**
         * Format: date-time
         * @description ISO 8601, UTC
         */
        publishedAt: string;
        publishedBy: string;
      }[];
    };
    /** @description The templates the caller can see, by title */
    TemplateList: components['schemas']['Template'][];
    /**
     * @description 202 while generating (the same certificateId for every request), 200 once generated
     * @example {
     *       "certificateId": "0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40",
     *       "status": "generating",
     *       "position": "120"
     *     }
     */
    CertificateGeneration: {
      certificateId: string;
      /** @enum {string} */
      status: 'generating' | 'generated';
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      position: string;
    };
    /**
     * @description The certificate is revoked (revoking again changes nothing)
     * @example {
     *       "certificateId": "0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40",
     *       "status": "revoked",
     *       "position": "131"
     *     }
     */
    CertificateRevoked: {
      certificateId: string;
      /** @enum {string} */
      status: 'revoked';
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      position: string;
    };
    /**
     * @description The learner's new cycle (renewing while a renewal cycle runs answers that cycle again)
     * @example {
     *       "cycle": 2,
     *       "position": "212"
     *     }
     */
    Renewal: {
      cycle: number;
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      position: string;
    };
    /**
     * @description One of a learner's certificates in a training (earlier cycles' too)
     * @example {
     *       "learnerId": "ana",
     *       "certificateId": "0f9a3c2e-7b1d-4e6a-9c8f-5d2b1a7e3c40",
     *       "number": "ACME-2026-000318",
     *       "cycle": 1,
     *       "status": "generated",
     *       "templateId": "classic-en",
     *       "version": 1,
     *       "firstGeneratedAt": "2026-03-14T09:26:53.589Z",
     *       "generatedAt": "2026-03-14T09:26:55.102Z",
     *       "validUntil": null
     *     }
     */
    AdminCertificate: {
      learnerId: string;
      certificateId: string;
      number: string | null;
      cycle: number;
      /** @enum {string} */
      status: 'generating' | 'generated' | 'failed' | 'revoked' | 'expired';
      templateId: string;
      version: number;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      firstGeneratedAt: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      generatedAt: string | null;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      validUntil: string | null;
      renews?: string;
      renewedBy?: string;
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      revokedAt?: string;
      revocationReason?: string;
    };
    /** @description The training's certificates, by learner id */
    AdminCertificateList: components['schemas']['AdminCertificate'][];
    /**
     * @description The test clock's time
     * @example {
     *       "now": "2026-03-15T00:00:00.000Z"
     *     }
     */
    TestClock: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      now: string;
    };
    /**
     * @description The clock moved; the cut-off markers that fell due are in the log
     * @example {
     *       "now": "2026-03-15T00:00:00.000Z",
     *       "position": "210"
     *     }
     */
    TestClockMoved: {
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      now: string;
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      position: string;
    };
    /**
     * @description The settings were recorded
     * @example {
     *       "position": "120"
     *     }
     */
    NotificationSettingsRecorded: {
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      position: string;
    };
    /**
     * @description The webhook was created; keep its secret now, it is never shown again
     * @example {
     *       "webhookId": "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
     *       "url": "https://lms.acme.example/hooks/certificates",
     *       "events": [
     *         "certificate.generated",
     *         "certificate.revoked"
     *       ],
     *       "description": "LMS sync",
     *       "status": "active",
     *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
     *       "createdAt": "2027-01-10T09:00:00.000Z",
     *       "position": "1201"
     *     }
     */
    WebhookCreated: {
      webhookId: string;
      url: string;
      events: (
        | 'certificate.generated'
        | 'certificate.failed'
        | 'certificate.revoked'
        | 'certificate.deleted'
        | 'certificate.renewed'
        | 'certificate.expiring'
        | 'certificate.expired'
        | 'report.done'
        | 'learner.erased'
      )[];
      description: string | null;
      /** @enum {string} */
      status: 'active';
      secret: string;
      createdAt: string;
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      position: string;
    };
    /**
     * @description The new secret; the previous one still signs beside it for 24 hours
     * @example {
     *       "secret": "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
     *       "position": "1305"
     *     }
     */
    WebhookSecret: {
      secret: string;
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      position: string;
    };
    /**
     * @description The new signing key’s verification method; the DID document keeps listing the old ones
     * @example {
     *       "verificationMethod": "did:web:certificates.example.org:tenants:acme#key-2",
     *       "position": "311"
     *     }
     */
    IssuerKeyRotated: {
      verificationMethod: string;
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      position: string;
    };
    /**
     * @description The profile was recorded
     * @example {
     *       "tenantId": "acme",
     *       "position": "88"
     *     }
     */
    IssuerProfileRecorded: {
      tenantId: string;
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      position: string;
    };
    /**
     * @description The report job, as of the daily cut-off in force
     * @example {
     *       "reportId": "6d0e4b8a-1f3c-4a2e-8b7d-9c5e2f1a0b36",
     *       "status": "pending",
     *       "cutoff": "2026-03-14T00:00:00.000Z",
     *       "position": "140"
     *     }
     */
    ReportRequested: {
      reportId: string;
      /** @enum {string} */
      status: 'pending';
      /**
       * Format: date-time
       * @description ISO 8601, UTC
       */
      cutoff: string | null;
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      position: string;
    };
    /**
     * @description An OpenID4VCI 1.0 credential offer (pre-authorized code grant, no transaction code), single use, valid 10 minutes
     * @example {
     *       "credentialOffer": {
     *         "credential_issuer": "http://localhost:3000/tenants/acme",
     *         "credential_configuration_ids": [
     *           "OpenBadgeCredential"
     *         ],
     *         "grants": {
     *           "urn:ietf:params:oauth:grant-type:pre-authorized_code": {
     *             "pre-authorized_code": "0f9a3c2e-7b1d-5e6a-9c8f-5d2b1a7e3c40.q6Jx…"
     *           }
     *         }
     *       },
     *       "credentialOfferUri": "openid-credential-offer://?credential_offer=%7B%22credential_issuer…",
     *       "qrCode": "data:image/png;base64,iVBORw0KGgo…",
     *       "expiresAt": "2026-03-01T10:10:00.000Z",
     *       "position": "140"
     *     }
     */
    CredentialOfferAnswer: {
      credentialOffer: {
        credential_issuer: string;
        credential_configuration_ids: string[];
        grants: {
          [key: string]: unknown;
        };
      } & {
        [key: string]: unknown;
      };
      credentialOfferUri: string;
      qrCode: string;
      expiresAt: string;
      /** @description A position in the platform-wide event log (send it as X-Consistent-With) */
      position: string;
    };
    /** @description OpenID4VCI 1.0 §12.2 credential issuer metadata */
    CredentialIssuerMetadata: {
      credential_issuer: string;
      credential_endpoint: string;
      nonce_endpoint: string;
      credential_configurations_supported: {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /** @description RFC 8414 authorization server metadata */
    AuthorizationServerMetadata: {
      issuer: string;
      token_endpoint: string;
      grant_types_supported: string[];
    } & {
      [key: string]: unknown;
    };
    /** @description RFC 6749 §5.1: an opaque access token for the credential endpoint */
    AccessTokenResponse: {
      access_token: string;
      /** @enum {string} */
      token_type: 'Bearer';
      expires_in: number;
    };
    /** @description OpenID4VCI 1.0 §7.2: a fresh c_nonce for the proof of possession */
    NonceResponse: {
      c_nonce: string;
    };
    /** @description OpenID4VCI 1.0 §8.3: one ldp_vc OpenBadgeCredential bound to the holder (credentialSubject.id), eddsa-rdfc-2022 */
    CredentialResponse: {
      credentials: {
        credential: {
          [key: string]: unknown;
        };
      }[];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  Health_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event log can be read; whether the stores can write; how far behind the log each projection is */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
    };
  };
  Health_metricsText: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Prometheus text format 0.0.4 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
    };
  };
  TestClock_now: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The test clock's time */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TestClock'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
    };
  };
  TestClock_move: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          now: string;
        };
      };
    };
    responses: {
      /** @description The clock moved; the cut-off markers that fell due are in the log */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TestClockMoved'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
    };
  };
  Features_set: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          enabled: boolean;
        };
      };
    };
    responses: {
      /** @description The tenant's certificates feature as it now stands */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeatureSet'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Conflict: concurrency-conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  TemplatesQuery_list: {
    parameters: {
      query?: {
        kind?: 'classic' | 'author';
      };
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The templates the caller can see, by title */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateList'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  Templates_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'author' | 'classic';
          title: string;
          language: string;
          html: string;
          /** @default  */
          css?: string;
          /**
           * @default {
           *       "size": "A4",
           *       "orientation": "landscape"
           *     }
           */
          page?: {
            /**
             * @default A4
             * @enum {string}
             */
            size?: 'A4' | 'Letter';
            /**
             * @default landscape
             * @enum {string}
             */
            orientation?: 'landscape' | 'portrait';
          };
          tenantId?: string;
        };
      };
    };
    responses: {
      /** @description The template and the number of the version just published (1 when created) */
      201: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateVersionPublished'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Conflict: concurrency-conflict, already-exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict' | 'already-exists';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  Templates_publish: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        templateId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          html: string;
          css?: string;
          page?: {
            /**
             * @default A4
             * @enum {string}
             */
            size?: 'A4' | 'Letter';
            /**
             * @default landscape
             * @enum {string}
             */
            orientation?: 'landscape' | 'portrait';
          };
          note?: string;
          tenantId?: string;
        };
      };
    };
    responses: {
      /** @description The template and the number of the version just published (1 when created) */
      201: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateVersionPublished'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: template-not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Refused: template-not-found",
           *       "code": "template-not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'template-not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  Trainings_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          trainingId?: string;
          /** @enum {string} */
          type: 'course' | 'pathway' | 'learning-program';
          title: string;
          groupId?: string | null;
        };
      };
    };
    responses: {
      /** @description The training (its id, given or made up) and the log position */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingCreated'];
        };
      };
      /** @description The training (its id, given or made up) and the log position */
      201: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingCreated'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Conflict: concurrency-conflict, already-exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict' | 'already-exists';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  Trainings_assign: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        trainingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          templateId: string;
          version: number;
          validForMonths?: number | null;
          renewalWindowDays?: number | null;
        };
      };
    };
    responses: {
      /** @description The command was recorded (or changed nothing): the log position of its last event */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found, template-not-found, version-not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found' | 'template-not-found' | 'version-not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict, feature-inactive */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict' | 'feature-inactive';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  Trainings_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        trainingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The command was recorded (or changed nothing): the log position of its last event */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  Learners_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        learnerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** Format: email */
          email: string;
        };
      };
    };
    responses: {
      /** @description The command was recorded (or changed nothing): the log position of its last event */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Conflict: concurrency-conflict, learner-erased */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict' | 'learner-erased';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  Learners_erase: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        learnerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The command was recorded (or changed nothing): the log position of its last event */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  Enrollments_enrol: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        trainingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          learnerId: string;
        };
      };
    };
    responses: {
      /** @description The command was recorded (or changed nothing): the log position of its last event */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description The command was recorded (or changed nothing): the log position of its last event */
      201: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  Enrollments_progress: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        trainingId: string;
        learnerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          percent: number;
        };
      };
    };
    responses: {
      /** @description The command was recorded (or changed nothing): the log position of its last event */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  Enrollments_complete: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        trainingId: string;
        learnerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          completedAt?: string;
          score?: number | null;
        };
      };
    };
    responses: {
      /** @description The command was recorded (or changed nothing): the log position of its last event */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  Certificates_mine: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
        /** @description The ETag of a copy held: answers 304 without the file while it is still current */
        'If-None-Match'?: string;
      };
      path: {
        trainingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The certificate PDF, the same bytes every time; its ETag is their SHA-256 (Cache-Control: private, no-cache) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Not modified: the ETag in If-None-Match is the current file’s */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: not-ready, certificate-revoked */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: not-ready",
           *       "code": "not-ready"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'not-ready' | 'certificate-revoked';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  MyCertificates_generate: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        trainingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 202 while generating (the same certificateId for every request), 200 once generated */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CertificateGeneration'];
        };
      };
      /** @description 202 while generating (the same certificateId for every request), 200 once generated */
      202: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CertificateGeneration'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict, feature-inactive, not-completed, no-certificate-assigned, certificate-revoked, learner-erased */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?:
              | 'concurrency-conflict'
              | 'feature-inactive'
              | 'not-completed'
              | 'no-certificate-assigned'
              | 'certificate-revoked'
              | 'learner-erased';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  MyCertificates_renew: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        trainingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The learner's new cycle (renewing while a renewal cycle runs answers that cycle again) */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Renewal'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict, renewal-not-open, certificate-revoked */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict' | 'renewal-not-open' | 'certificate-revoked';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  Certificates_copy: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
        /** @description The ETag of a copy held: answers 304 without the file while it is still current */
        'If-None-Match'?: string;
      };
      path: {
        trainingId: string;
        learnerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The certificate PDF, the same bytes every time; its ETag is their SHA-256 (Cache-Control: private, no-cache) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Not modified: the ETag in If-None-Match is the current file’s */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: not-ready, certificate-revoked */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: not-ready",
           *       "code": "not-ready"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'not-ready' | 'certificate-revoked';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  LearnerCertificates_generate: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        trainingId: string;
        learnerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 202 while generating (the same certificateId for every request), 200 once generated */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CertificateGeneration'];
        };
      };
      /** @description 202 while generating (the same certificateId for every request), 200 once generated */
      202: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CertificateGeneration'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict, feature-inactive, not-completed, no-certificate-assigned, certificate-revoked, learner-erased */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?:
              | 'concurrency-conflict'
              | 'feature-inactive'
              | 'not-completed'
              | 'no-certificate-assigned'
              | 'certificate-revoked'
              | 'learner-erased';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  LearnerCertificates_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        trainingId: string;
        learnerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The command was recorded (or changed nothing): the log position of its last event */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict, not-ready, certificate-revoked */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict' | 'not-ready' | 'certificate-revoked';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  LearnerCertificates_revoke: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        trainingId: string;
        learnerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description The certificate is revoked (revoking again changes nothing) */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CertificateRevoked'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict, not-ready */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict' | 'not-ready';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  LearnerCertificates_renew: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        trainingId: string;
        learnerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The learner's new cycle (renewing while a renewal cycle runs answers that cycle again) */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Renewal'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict, renewal-not-open */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict' | 'renewal-not-open';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  Reports_request: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        trainingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report job, as of the daily cut-off in force */
      202: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportRequested'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  CertificateArchives_request: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        trainingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @description The certificates generated before that day's 00:00 UTC cut-off
           */
          asOf?: string;
        };
      };
    };
    responses: {
      /** @description The archive job; it is built asynchronously */
      202: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CertificateArchiveRequested'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict, not-ready */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict' | 'not-ready';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  IssuerProfileQuery_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tenant's issuer profile, as certificates and credentials show it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssuerProfile'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  IssuerProfile_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          url?: string | null;
          /** Format: email */
          email?: string | null;
          logo?: string | null;
          /**
           * @description The prefix of the numbers of certificates generated from now on; absent or null: the default (the tenant id in capitals without other characters than A-Z and 0-9, cut to 12; `CERT` if fewer than 2 remain). Numbers already given keep theirs.
           * @example ACME
           */
          certificatePrefix?: string | null;
        };
      };
    };
    responses: {
      /** @description The profile was recorded */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssuerProfileRecorded'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  NotificationSettingsQuery_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tenant's notification settings (the defaults until it sets them) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationSettings'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  NotificationSettings_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description Days before validUntil that certificate.expiring webhooks and reminder mails go out: 0 to 5 distinct whole numbers from 1 to 365. Absent: unchanged (default [30, 7, 1]).
           * @example [
           *       30,
           *       7,
           *       1
           *     ]
           */
          reminderDays?: number[];
          /** @description Mails to learners; absent: unchanged (default: off). */
          email?: {
            enabled: boolean;
            certificateReady: boolean;
            attachPdf: boolean;
            reminders: boolean;
            expired: boolean;
            revoked: boolean;
            /** Format: email */
            replyTo?: string | null;
          };
        };
      };
    };
    responses: {
      /** @description The settings were recorded */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationSettingsRecorded'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  WebhooksQuery_list: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tenant's webhooks, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookList'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  Webhooks_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description An https URL that resolves to public addresses only (http, and private addresses, only for what WEBHOOK_ALLOW_HOSTS lists)
           * @example https://lms.acme.example/hooks/certificates
           */
          url: string;
          /** @description The message types to send; absent: all of them */
          events?: (
            | 'certificate.generated'
            | 'certificate.failed'
            | 'certificate.revoked'
            | 'certificate.deleted'
            | 'certificate.renewed'
            | 'certificate.expiring'
            | 'certificate.expired'
            | 'report.done'
            | 'learner.erased'
          )[];
          description?: string | null;
        };
      };
    };
    responses: {
      /** @description The webhook was created; keep its secret now, it is never shown again */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookCreated'];
        };
      };
      /** @description The webhook was created; keep its secret now, it is never shown again */
      201: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookCreated'];
        };
      };
      /** @description Bad Request: validation-failed, invalid-webhook-url */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed' | 'invalid-webhook-url';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Conflict: concurrency-conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  WebhooksQuery_one: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A webhook of the tenant (never its secret) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Webhook'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  Webhooks_delete: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The command was recorded (or changed nothing): the log position of its last event */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  Webhooks_rotate: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new secret; the previous one still signs beside it for 24 hours */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookSecret'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  Webhooks_replay: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description Messages of events after this log position are sent again
           * @example 0
           */
          fromPosition: string;
        };
      };
    };
    responses: {
      /** @description The command was recorded (or changed nothing): the log position of its last event */
      202: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandAnswer'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  IssuerKeyRotation_rotate: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new signing key’s verification method; the DID document keeps listing the old ones */
      200: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssuerKeyRotated'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  CredentialOffer_offer: {
    parameters: {
      query?: never;
      header?: {
        /** @description A retry with the same key gets the same answer and appends nothing new */
        'Idempotency-Key'?: string;
        /** @description Recorded in the events’ metadata (1-200 visible ASCII characters); else the request id */
        'X-Correlation-Id'?: string;
        /** @description The stream revision read, in quotes ("3"); a stream that moved on answers 412 */
        'If-Match'?: string;
      };
      path: {
        trainingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An OpenID4VCI 1.0 credential offer (pre-authorized code grant, no transaction code), single use, valid 10 minutes */
      201: {
        headers: {
          /** @description The log position of the command’s last event, as in the body’s `position` */
          'X-Log-Position'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CredentialOfferAnswer'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: concurrency-conflict, not-ready, certificate-revoked */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'concurrency-conflict' | 'not-ready' | 'certificate-revoked';
          };
        };
      };
      /** @description Precondition Failed: concurrency-conflict */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "Refused: concurrency-conflict",
           *       "code": "concurrency-conflict"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 412;
            /** @enum {unknown} */
            code?: 'concurrency-conflict';
          };
        };
      };
      /** @description Content Too Large: payload-too-large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Content Too Large",
           *       "status": 413,
           *       "detail": "Refused: payload-too-large",
           *       "code": "payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 413;
            /** @enum {unknown} */
            code?: 'payload-too-large';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unsupported Media Type: unsupported-media-type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Refused: unsupported-media-type",
           *       "code": "unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 415;
            /** @enum {unknown} */
            code?: 'unsupported-media-type';
          };
        };
      };
      /** @description Unprocessable Content: idempotency-key-reused */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: idempotency-key-reused",
           *       "code": "idempotency-key-reused"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'idempotency-key-reused';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: storage-unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The event-store cannot write now (its disk is full); try again later",
           *       "code": "storage-unavailable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'storage-unavailable';
          };
        };
      };
    };
  };
  Openid4vci_issuerMetadata: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OpenID4VCI 1.0 §12.2 credential issuer metadata */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CredentialIssuerMetadata'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
    };
  };
  Openid4vci_authorizationServerMetadata: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description RFC 8414 authorization server metadata */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthorizationServerMetadata'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
    };
  };
  Openid4vci_token: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description RFC 6749 §5.1: an opaque access token for the credential endpoint */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccessTokenResponse'];
        };
      };
      /** @description An OAuth 2.0 / OpenID4VCI error (RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §8.3.1): invalid_request, invalid_grant, unsupported_grant_type, invalid_token, invalid_credential_request, unknown_credential_configuration, invalid_proof, invalid_nonce, credential_request_denied */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description An OAuth 2.0 / OpenID4VCI error (RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §8.3.1): invalid_request, invalid_grant, unsupported_grant_type, invalid_token, invalid_credential_request, unknown_credential_configuration, invalid_proof, invalid_nonce, credential_request_denied */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description An OAuth 2.0 / OpenID4VCI error (RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §8.3.1): invalid_request, invalid_grant, unsupported_grant_type, invalid_token, invalid_credential_request, unknown_credential_configuration, invalid_proof, invalid_nonce, credential_request_denied */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description An OAuth 2.0 / OpenID4VCI error (RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §8.3.1): invalid_request, invalid_grant, unsupported_grant_type, invalid_token, invalid_credential_request, unknown_credential_configuration, invalid_proof, invalid_nonce, credential_request_denied */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description An OAuth 2.0 / OpenID4VCI error (RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §8.3.1): invalid_request, invalid_grant, unsupported_grant_type, invalid_token, invalid_credential_request, unknown_credential_configuration, invalid_proof, invalid_nonce, credential_request_denied */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
    };
  };
  Openid4vci_nonce: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OpenID4VCI 1.0 §7.2: a fresh c_nonce for the proof of possession */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NonceResponse'];
        };
      };
      /** @description An OAuth 2.0 / OpenID4VCI error (RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §8.3.1): invalid_request, invalid_grant, unsupported_grant_type, invalid_token, invalid_credential_request, unknown_credential_configuration, invalid_proof, invalid_nonce, credential_request_denied */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description An OAuth 2.0 / OpenID4VCI error (RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §8.3.1): invalid_request, invalid_grant, unsupported_grant_type, invalid_token, invalid_credential_request, unknown_credential_configuration, invalid_proof, invalid_nonce, credential_request_denied */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description An OAuth 2.0 / OpenID4VCI error (RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §8.3.1): invalid_request, invalid_grant, unsupported_grant_type, invalid_token, invalid_credential_request, unknown_credential_configuration, invalid_proof, invalid_nonce, credential_request_denied */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description An OAuth 2.0 / OpenID4VCI error (RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §8.3.1): invalid_request, invalid_grant, unsupported_grant_type, invalid_token, invalid_credential_request, unknown_credential_configuration, invalid_proof, invalid_nonce, credential_request_denied */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description An OAuth 2.0 / OpenID4VCI error (RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §8.3.1): invalid_request, invalid_grant, unsupported_grant_type, invalid_token, invalid_credential_request, unknown_credential_configuration, invalid_proof, invalid_nonce, credential_request_denied */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
    };
  };
  Openid4vci_credential: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OpenID4VCI 1.0 §8.3: one ldp_vc OpenBadgeCredential bound to the holder (credentialSubject.id), eddsa-rdfc-2022 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CredentialResponse'];
        };
      };
      /** @description An OAuth 2.0 / OpenID4VCI error (RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §8.3.1): invalid_request, invalid_grant, unsupported_grant_type, invalid_token, invalid_credential_request, unknown_credential_configuration, invalid_proof, invalid_nonce, credential_request_denied */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description An OAuth 2.0 / OpenID4VCI error (RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §8.3.1): invalid_request, invalid_grant, unsupported_grant_type, invalid_token, invalid_credential_request, unknown_credential_configuration, invalid_proof, invalid_nonce, credential_request_denied */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description An OAuth 2.0 / OpenID4VCI error (RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §8.3.1): invalid_request, invalid_grant, unsupported_grant_type, invalid_token, invalid_credential_request, unknown_credential_configuration, invalid_proof, invalid_nonce, credential_request_denied */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description An OAuth 2.0 / OpenID4VCI error (RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §8.3.1): invalid_request, invalid_grant, unsupported_grant_type, invalid_token, invalid_credential_request, unknown_credential_configuration, invalid_proof, invalid_nonce, credential_request_denied */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description An OAuth 2.0 / OpenID4VCI error (RFC 6749 §5.2, RFC 6750 §3.1, OpenID4VCI 1.0 §8.3.1): invalid_request, invalid_grant, unsupported_grant_type, invalid_token, invalid_credential_request, unknown_credential_configuration, invalid_proof, invalid_nonce, credential_request_denied */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuthError'];
        };
      };
    };
  };
  FeaturesQuery_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Whether the caller's tenant has certificates on */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeatureState'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  TemplatesQuery_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        templateId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A template with every immutable version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Template'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: template-not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Refused: template-not-found",
           *       "code": "template-not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'template-not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  TrainingsQuery_get: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        trainingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A training with its certificate assignment (null: none) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Training'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  TrainingsQuery_certificates: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        trainingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The training's certificates, by learner id */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminCertificateList'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  LearningRecords_list: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The learner's trainings, by training id */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningRecordList'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  AuditEvents_list: {
    parameters: {
      query?: {
        /** @description 1-1000, default 100 */
        limit?: unknown;
        /** @description Exclusive log position */
        after?: unknown;
        type?: unknown;
        stream?: unknown;
      };
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the log, oldest first; `next` is the `after` of the next page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPage'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
    };
  };
  TemplatePreview_preview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        templateId: string;
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The version rendered with sample data */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: template-not-found, version-not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "Refused: template-not-found",
           *       "code": "template-not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'template-not-found' | 'version-not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unprocessable Content: template-not-renderable */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "Refused: template-not-renderable",
           *       "code": "template-not-renderable"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 422;
            /** @enum {unknown} */
            code?: 'template-not-renderable';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: not-ready */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "Refused: not-ready",
           *       "code": "not-ready"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'not-ready';
          };
        };
      };
    };
  };
  ReportsQuery_history: {
    parameters: {
      query?: {
        trainingId?: unknown;
      };
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report history, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportList'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  ReportsQuery_one: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        reportId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A report job of the history; a done one is downloaded as CSV. `redactedAt`: when its file was last written again without an erased learner. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Report'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  ReportsQuery_file: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        reportId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report as CSV (UTF-8 with a byte-order mark) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: not-ready */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: not-ready",
           *       "code": "not-ready"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'not-ready';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  CertificateArchivesQuery_history: {
    parameters: {
      query?: {
        trainingId?: unknown;
      };
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The certificate archives, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CertificateArchiveList'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  CertificateArchivesQuery_one: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        archiveId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A certificate archive job; a done one is downloaded as ZIP until `expiresAt` has passed a daily cut-off (`expired`) or an erasure removed it (`deleted`). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CertificateArchive'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  CertificateArchivesQuery_file: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        archiveId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The archive */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/zip': string;
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: not-ready */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: not-ready",
           *       "code": "not-ready"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'not-ready';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  AuditProgressReport_asOf: {
    parameters: {
      query: {
        /** @description YYYY-MM-DD: the report at 00:00 UTC of that day */
        asOf: unknown;
      };
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        trainingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The training's progress report as of that day's 00:00 UTC cut-off; or The report as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgressReportAsOf'];
          'text/csv': string;
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description Conflict: not-ready */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "Refused: not-ready",
           *       "code": "not-ready"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 409;
            /** @enum {unknown} */
            code?: 'not-ready';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  WebhooksQuery_deliveries: {
    parameters: {
      query?: {
        /** @description 1-1000, default 100 */
        limit?: unknown;
      };
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook's deliveries, newest first: ids and outcomes, never bodies */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDeliveryList'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  PublicCertificates_facts: {
    parameters: {
      query?: {
        /** @description YYYY-MM-DD: adds validOn, whether the certificate was valid all of that UTC day */
        on?: unknown;
      };
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        certificateId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A certificate's public facts: never an e-mail or a learner id */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicCertificate'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  PublicCertificates_credential: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        certificateId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The signed credential */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vc+ld+json': components['schemas']['OpenBadgeCredential'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  PublicCertificates_badge: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        certificateId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The badge, with the credential (the same bytes as /credential) in one uncompressed iTXt chunk */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/png': string;
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  PublicCertificates_page: {
    parameters: {
      query?: {
        /** @description YYYY-MM-DD: adds validOn, whether the certificate was valid all of that UTC day */
        on?: unknown;
      };
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        certificateId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The verification page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description A page saying no such certificate exists */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  AchievementImages_picture: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        imageId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The picture, 512 × 512, transparent outside the seal */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/png': string;
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
    };
  };
  IssuerDocuments_did: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The issuer's Ed25519 keys, current and rotated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DidDocument'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
    };
  };
  IssuerDocuments_statusList: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The signed status list */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vc+ld+json': components['schemas']['StatusListCredential'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
  PersonalData_export: {
    parameters: {
      query?: never;
      header?: {
        /** @description A log position (a command answer’s `position`) the answer must reflect */
        'X-Consistent-With'?: string;
      };
      path: {
        learnerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What the service holds about a learner, or that it was erased */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonalDataExport'];
        };
      };
      /** @description Bad Request: validation-failed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 400;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Unauthorized: unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A bearer token is required",
           *       "code": "unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 401;
            /** @enum {unknown} */
            code?: 'unauthorized';
          };
        };
      };
      /** @description Forbidden: forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "Your role does not allow this",
           *       "code": "forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 403;
            /** @enum {unknown} */
            code?: 'forbidden';
          };
        };
      };
      /** @description Not Found: not-found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource",
           *       "code": "not-found"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 404;
            /** @enum {unknown} */
            code?: 'not-found';
          };
        };
      };
      /** @description URI Too Long: validation-failed */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "URI Too Long",
           *       "status": 414,
           *       "detail": "The body is not valid",
           *       "code": "validation-failed",
           *       "errors": [
           *         {
           *           "path": "body.email",
           *           "message": "Invalid email address"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 414;
            /** @enum {unknown} */
            code?: 'validation-failed';
          };
        };
      };
      /** @description Too Many Requests: rate-limited */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; try again in 1 minute",
           *       "code": "rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 429;
            /** @enum {unknown} */
            code?: 'rate-limited';
          };
        };
      };
      /** @description Service Unavailable: stale */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "about:blank",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The read models have not reached position 42 yet",
           *       "code": "stale"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {unknown} */
            status?: 503;
            /** @enum {unknown} */
            code?: 'stale';
          };
        };
      };
    };
  };
}
