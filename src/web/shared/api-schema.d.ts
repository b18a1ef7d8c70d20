// Generated from /api/openapi.json by openapi-typescript: do not edit. `npm run api:types` writes it again
// (test/api-types.test.ts fails when it differs from what the routes generate).
export interface paths {
    "/api/accountability/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/accountability/records
         * @description **可调用角色 / Roles:** 电子监察 inspector
         */
        get: operations["getApiAccountabilityRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accountability/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/accountability/records/:id
         * @description **可调用角色 / Roles:** 电子监察 inspector
         */
        get: operations["getApiAccountabilityRecordsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accountability/records/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /api/accountability/records/:id/decision
         * @description **可调用角色 / Roles:** 电子监察 inspector
         */
        post: operations["postApiAccountabilityRecordsIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/notice-rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/admin/notice-rule
         * @description **可调用角色 / Roles:** 系统管理员 admin、审核督办 supervisor、电子监察 inspector
         */
        get: operations["getApiAdminNoticeRule"];
        /**
         * PUT /api/admin/notice-rule
         * @description **可调用角色 / Roles:** 系统管理员 admin
         */
        put: operations["putApiAdminNoticeRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/responsible-people/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /api/admin/responsible-people/:id/end
         * @description **可调用角色 / Roles:** 系统管理员 admin
         */
        post: operations["postApiAdminResponsiblePeopleIdEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/admin/templates
         * @description **可调用角色 / Roles:** 系统管理员 admin
         */
        get: operations["getApiAdminTemplates"];
        put?: never;
        /**
         * POST /api/admin/templates
         * @description **可调用角色 / Roles:** 系统管理员 admin
         */
        post: operations["postApiAdminTemplates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * PUT /api/admin/templates/:id
         * @description **可调用角色 / Roles:** 系统管理员 admin
         */
        put: operations["putApiAdminTemplatesId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/units/{unitId}/responsible-people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/admin/units/:unitId/responsible-people
         * @description **可调用角色 / Roles:** 系统管理员 admin
         */
        get: operations["getApiAdminUnitsUnitIdResponsiblePeople"];
        put?: never;
        /**
         * POST /api/admin/units/:unitId/responsible-people
         * @description **可调用角色 / Roles:** 系统管理员 admin
         */
        post: operations["postApiAdminUnitsUnitIdResponsiblePeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 签发 Open311 接口密钥（市级管理员） / Issue an Open311 api_key (city admins)
         * @description 签发 Open311 接口密钥（市级管理员）
         *
         *     Issue an Open311 api_key (city admins)
         *
         *     **可调用角色 / Roles:** 系统管理员 admin
         */
        post: operations["postApiApiKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/assessment
         * @description **可调用角色 / Roles:** 审核督办 supervisor、电子监察 inspector、派单员 dispatcher、系统管理员 admin、承办人 officer
         */
        get: operations["getApiAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/compute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /api/assessment/compute
         * @description **可调用角色 / Roles:** 系统管理员 admin
         */
        post: operations["postApiAssessmentCompute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/assessment/export
         * @description **可调用角色 / Roles:** 审核督办 supervisor、电子监察 inspector、派单员 dispatcher、系统管理员 admin、承办人 officer
         */
        get: operations["getApiAssessmentExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/weights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/assessment/weights
         * @description **可调用角色 / Roles:** 审核督办 supervisor、电子监察 inspector、派单员 dispatcher、系统管理员 admin、承办人 officer
         */
        get: operations["getApiAssessmentWeights"];
        put?: never;
        /**
         * POST /api/assessment/weights
         * @description **可调用角色 / Roles:** 系统管理员 admin
         */
        post: operations["postApiAssessmentWeights"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载附件 / Download an attachment
         * @description 下载附件
         *
         *     Download an attachment
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiAttachmentsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{id}/pages/{n}.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 传真或扫描件的一页（PNG） / One page of a fax or scan (PNG)
         * @description 传真或扫描件的一页（PNG）
         *
         *     One page of a fax or scan (PNG)
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiAttachmentsIdPagesNPng"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 工作人员登录 / Staff sign-in
         * @description 工作人员登录
         *
         *     Staff sign-in
         *
         *     成功后设置会话 Cookie，并返回 csrfToken / Sets the session cookie and returns the csrfToken
         *
         *     **公开 / Public:** 无需登录 / no sign-in
         */
        post: operations["postApiAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退出登录 / Sign out
         * @description 退出登录
         *
         *     Sign out
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 回访任务 / Call-back tasks
         * @description 回访任务
         *
         *     Call-back tasks
         *
         *     **可调用角色 / Roles:** 话务员 operator、审核督办 supervisor、派单员 dispatcher
         */
        get: operations["getApiCallbacks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/callbacks/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记回访结果 / Record a call-back's outcome
         * @description 登记回访结果
         *
         *     Record a call-back's outcome
         *
         *     **可调用角色 / Roles:** 话务员 operator
         */
        post: operations["postApiCallbacksIdOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 正在呼入和进行中的来电 / Incoming and current calls
         * @description 正在呼入和进行中的来电
         *
         *     Incoming and current calls
         *
         *     **可调用角色 / Roles:** 话务员 operator、审核督办 supervisor
         */
        get: operations["getApiCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{callSid}/recording": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 来电留言录音 / A call's voicemail recording
         * @description 来电留言录音
         *
         *     A call's voicemail recording
         *
         *     **可调用角色 / Roles:** 话务员 operator、审核督办 supervisor
         */
        get: operations["getApiCallsCallSidRecording"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{callSid}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 接听来电（弹屏） / Take a call (screen pop)
         * @description 接听来电（弹屏）
         *
         *     Take a call (screen pop)
         *
         *     **可调用角色 / Roles:** 话务员 operator、审核督办 supervisor
         */
        post: operations["postApiCallsCallSidTake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 诉求列表（本辖区、按队列） / Cases within one's jurisdiction, by queue
         * @description 诉求列表（本辖区、按队列）
         *
         *     Cases within one's jurisdiction, by queue
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 诉求详情：交办链、时间线、时限、可执行的事件 / A case: chain, timeline, deadlines, the events one may send
         * @description 诉求详情：交办链、时间线、时限、可执行的事件
         *
         *     A case: chain, timeline, deadlines, the events one may send
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCasesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 诉求附件列表 / A case's attachments
         * @description 诉求附件列表
         *
         *     A case's attachments
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCasesIdAttachments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发送办理事件（受理、交办、签收、退回、答复、审核、反馈、评价、督办……） / Send a case event (register, dispatch, sign, return, reply, review, feedback, evaluate, supervise …)
         * @description 发送办理事件（受理、交办、签收、退回、答复、审核、反馈、评价、督办……）
         *
         *     Send a case event (register, dispatch, sign, return, reply, review, feedback, evaluate, supervise …)
         *
         *     请求体按 `type` 区分，每种事件一个结构（`CaseEvent_*`）；`expectedVersion` 用于乐观并发。当前状态不接受的事件返回 409 及可执行的事件。
         *
         *     The body is one schema per event, told apart by `type` (`CaseEvent_*`); `expectedVersion` guards against concurrent changes. An event the state does not accept answers 409 with the events it would.
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiCasesIdEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/knowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/cases/:id/knowledge
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCasesIdKnowledge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/letter-posting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记答复函寄出 / Record that the reply letter was posted
         * @description 登记答复函寄出
         *
         *     Record that the reply letter was posted
         *
         *     **可调用角色 / Roles:** 登记员 clerk、派单员 dispatcher、审核督办 supervisor、话务员 operator
         */
        post: operations["postApiCasesIdLetterPosting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/mails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 诉求的原始邮件 / A case's raw e-mails
         * @description 诉求的原始邮件
         *
         *     A case's raw e-mails
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCasesIdMails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/mails/{mailId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 一封原始邮件 / One raw e-mail
         * @description 一封原始邮件
         *
         *     One raw e-mail
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCasesIdMailsMailId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/material": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 补充材料 / Added material
         * @description 补充材料
         *
         *     Added material
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCasesIdMaterial"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/material/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 标记补充材料已读 / Mark the added material read
         * @description 标记补充材料已读
         *
         *     Mark the added material read
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiCasesIdMaterialRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/merge-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/cases/:id/merge-candidates
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCasesIdMergeCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /api/cases/:id/notices
         * @description **可调用角色 / Roles:** 审核督办 supervisor、电子监察 inspector
         */
        post: operations["postApiCasesIdNotices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/parts/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/cases/:id/parts/files
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCasesIdPartsFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/parts/opinion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交协办意见（可带佐证材料） / Submit the assisting unit's opinion (with evidence files)
         * @description 提交协办意见（可带佐证材料）
         *
         *     Submit the assisting unit's opinion (with evidence files)
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiCasesIdPartsOpinion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/pin-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重置查询密码（受理中心） / Reset the tracking PIN (the receiving centre)
         * @description 重置查询密码（受理中心）
         *
         *     Reset the tracking PIN (the receiving centre)
         *
         *     **可调用角色 / Roles:** 登记员 clerk、派单员 dispatcher
         */
        post: operations["postApiCasesIdPinReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/proactive-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/cases/:id/proactive-links
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCasesIdProactiveLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/process-chart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/cases/:id/process-chart
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCasesIdProcessChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/public-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 公开摘要 / The public summary
         * @description 公开摘要
         *
         *     The public summary
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCasesIdPublicSummary"];
        /**
         * 设置公开摘要（不得含个人信息） / Set the public summary (no personal data)
         * @description 设置公开摘要（不得含个人信息）
         *
         *     Set the public summary (no personal data)
         *
         *     **可调用角色 / Roles:** 派单员 dispatcher、审核督办 supervisor
         */
        put: operations["putApiCasesIdPublicSummary"];
        post?: never;
        /**
         * 撤下公开摘要 / Withdraw the public summary
         * @description 撤下公开摘要
         *
         *     Withdraw the public summary
         *
         *     **可调用角色 / Roles:** 派单员 dispatcher、审核督办 supervisor
         */
        delete: operations["deleteApiCasesIdPublicSummary"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/readers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 举报件的查阅记录 / Who read a report
         * @description 举报件的查阅记录
         *
         *     Who read a report
         *
         *     **可调用角色 / Roles:** 电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCasesIdReaders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 回执（打印） / The receipt (printable)
         * @description 回执（打印）
         *
         *     The receipt (printable)
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCasesIdReceipt"];
        put?: never;
        /**
         * 补打回执（生成新的查询密码） / Print the receipt again (with a new PIN)
         * @description 补打回执（生成新的查询密码）
         *
         *     Print the receipt again (with a new PIN)
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiCasesIdReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交办理结果（可带佐证材料） / Submit the reply (with evidence files)
         * @description 提交办理结果（可带佐证材料）
         *
         *     Submit the reply (with evidence files)
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiCasesIdReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/reply-letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 书面答复函（PDF） / The reply letter (PDF)
         * @description 书面答复函（PDF）
         *
         *     The reply letter (PDF)
         *
         *     **可调用角色 / Roles:** 登记员 clerk、派单员 dispatcher、审核督办 supervisor、话务员 operator
         */
        get: operations["getApiCasesIdReplyLetter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看诉求人个人信息（需填写理由，留痕） / Reveal a complainant's personal data (reason required, audited)
         * @description 查看诉求人个人信息（需填写理由，留痕）
         *
         *     Reveal a complainant's personal data (reason required, audited)
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiCasesIdReveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/routing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 建议的交办链 / The suggested dispatch chain
         * @description 建议的交办链
         *
         *     The suggested dispatch chain
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCasesIdRouting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/transcription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 转录传真为诉求内容 / Transcribe a fax into the complaint
         * @description 转录传真为诉求内容
         *
         *     Transcribe a fax into the complaint
         *
         *     **可调用角色 / Roles:** 登记员 clerk、派单员 dispatcher、审核督办 supervisor
         */
        post: operations["postApiCasesIdTranscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/work-order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/cases/:id/work-order
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCasesIdWorkOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /api/cases/batch
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiCasesBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/cases/export
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCasesExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/catalogue
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/catalogue/:code
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCatalogueCode"];
        /**
         * PUT /api/catalogue/:code
         * @description **可调用角色 / Roles:** 系统管理员 admin
         */
        put: operations["putApiCatalogueCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/catalogue/search
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCatalogueSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohandling/parts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/cohandling/parts
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiCohandlingParts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 群众网上提交诉求（JSON 或含附件的 multipart，可带 Idempotency-Key） / A citizen submits online (JSON or multipart with files; Idempotency-Key)
         * @description 群众网上提交诉求（JSON 或含附件的 multipart，可带 Idempotency-Key）
         *
         *     A citizen submits online (JSON or multipart with files; Idempotency-Key)
         *
         *     **公开 / Public:** 无需登录 / no sign-in
         */
        post: operations["postApiComplaints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/divisions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 行政区划及其下级 / A division and its children
         * @description 行政区划及其下级
         *
         *     A division and its children
         *
         *     **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getApiDivisionsCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/divisions/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 由地址解析行政区划 / Resolve a division from a free address
         * @description 由地址解析行政区划
         *
         *     Resolve a division from a free address
         *
         *     **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getApiDivisionsResolve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/exports
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiExports"];
        put?: never;
        /**
         * POST /api/exports
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiExports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/exports/:id/file
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiExportsIdFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/holiday-overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 工作日历调整 / Calendar overrides
         * @description 工作日历调整
         *
         *     Calendar overrides
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiHolidayOverrides"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/holiday-overrides/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设置某日是否工作日（市级管理员） / Mark a day as working day or holiday (city admins)
         * @description 设置某日是否工作日（市级管理员）
         *
         *     Mark a day as working day or holiday (city admins)
         *
         *     **可调用角色 / Roles:** 系统管理员 admin
         */
        put: operations["putApiHolidayOverridesDay"];
        post?: never;
        /**
         * 删除工作日历调整（市级管理员） / Remove a calendar override (city admins)
         * @description 删除工作日历调整（市级管理员）
         *
         *     Remove a calendar override (city admins)
         *
         *     **可调用角色 / Roles:** 系统管理员 admin
         */
        delete: operations["deleteApiHolidayOverridesDay"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotspots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/hotspots
         * @description **可调用角色 / Roles:** 派单员 dispatcher、审核督办 supervisor、电子监察 inspector、承办人 officer
         */
        get: operations["getApiHotspots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotspots/chart.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/hotspots/chart.svg
         * @description **可调用角色 / Roles:** 派单员 dispatcher、审核督办 supervisor、电子监察 inspector、承办人 officer
         */
        get: operations["getApiHotspotsChartSvg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotspots/proactive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /api/hotspots/proactive
         * @description **可调用角色 / Roles:** 派单员 dispatcher、审核督办 supervisor
         */
        post: operations["postApiHotspotsProactive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/{channel}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 工作人员代为登记诉求 / Staff register a complaint for a channel
         * @description 工作人员代为登记诉求
         *
         *     Staff register a complaint for a channel
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher
         */
        post: operations["postApiIntakeChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/hotline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 话务员登记春城热线来电 / An operator logs a hotline call
         * @description 话务员登记春城热线来电
         *
         *     An operator logs a hotline call
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、审核督办 supervisor
         */
        post: operations["postApiIntakeHotline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记来信（含扫描件） / Register a letter (with scans)
         * @description 登记来信（含扫描件）
         *
         *     Register a letter (with scans)
         *
         *     **可调用角色 / Roles:** 登记员 clerk、派单员 dispatcher、审核督办 supervisor
         */
        post: operations["postApiIntakeLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 话务员登记举报电话来电 / An operator logs a reporting-line call
         * @description 话务员登记举报电话来电
         *
         *     An operator logs a reporting-line call
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、审核督办 supervisor
         */
        post: operations["postApiIntakePhone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/visit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记来访（5人以上为集体访） / Register a visit (5+ people: a group visit)
         * @description 登记来访（5人以上为集体访）
         *
         *     Register a visit (5+ people: a group visit)
         *
         *     **可调用角色 / Roles:** 登记员 clerk、派单员 dispatcher、审核督办 supervisor
         */
        post: operations["postApiIntakeVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 失败的后台任务 / Failed background jobs
         * @description 失败的后台任务
         *
         *     Failed background jobs
         *
         *     **可调用角色 / Roles:** 系统管理员 admin
         */
        get: operations["getApiJobsFailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/knowledge/articles
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiKnowledgeArticles"];
        put?: never;
        /**
         * POST /api/knowledge/articles
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiKnowledgeArticles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/knowledge/articles/:id
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiKnowledgeArticlesId"];
        /**
         * PUT /api/knowledge/articles/:id
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        put: operations["putApiKnowledgeArticlesId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/articles/{id}/expire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /api/knowledge/articles/:id/expire
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiKnowledgeArticlesIdExpire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/articles/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传知识条目的附件（PDF、Word、Excel、图片；按内容判断类型） / Upload files to an article (PDF, Word, Excel, images; typed by content)
         * @description 上传知识条目的附件（PDF、Word、Excel、图片；按内容判断类型）
         *
         *     Upload files to an article (PDF, Word, Excel, images; typed by content)
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiKnowledgeArticlesIdFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/articles/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载知识条目的附件 / Download a file of an article
         * @description 下载知识条目的附件
         *
         *     Download a file of an article
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiKnowledgeArticlesIdFilesFileId"];
        put?: never;
        post?: never;
        /**
         * 从草稿中删除知识条目的附件（已发布版本保留） / Remove a file from the article's draft (the published version keeps it)
         * @description 从草稿中删除知识条目的附件（已发布版本保留）
         *
         *     Remove a file from the article's draft (the published version keeps it)
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        delete: operations["deleteApiKnowledgeArticlesIdFilesFileId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/articles/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /api/knowledge/articles/:id/publish
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiKnowledgeArticlesIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/articles/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /api/knowledge/articles/:id/reject
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiKnowledgeArticlesIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/articles/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /api/knowledge/articles/:id/submit
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiKnowledgeArticlesIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/direct-rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/knowledge/direct-rate
         * @description **可调用角色 / Roles:** 话务员 operator、派单员 dispatcher、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiKnowledgeDirectRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/knowledge/gaps
         * @description **可调用角色 / Roles:** 派单员 dispatcher、审核督办 supervisor、电子监察 inspector、系统管理员 admin、话务员 operator
         */
        get: operations["getApiKnowledgeGaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /api/knowledge/import
         * @description **可调用角色 / Roles:** 承办人 officer、审核督办 supervisor、派单员 dispatcher、话务员 operator、登记员 clerk、系统管理员 admin
         */
        post: operations["postApiKnowledgeImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/knowledge/reminders
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiKnowledgeReminders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/knowledge/search
         * @description **可调用角色 / Roles:** 话务员 operator、派单员 dispatcher、登记员 clerk、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiKnowledgeSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/uses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /api/knowledge/uses
         * @description **可调用角色 / Roles:** 话务员 operator、派单员 dispatcher、登记员 clerk、系统管理员 admin
         */
        post: operations["postApiKnowledgeUses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lookup/person": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /api/lookup/person
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiLookupPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mailbox/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 无法处理的来信邮件 / Mails that became nothing
         * @description 无法处理的来信邮件
         *
         *     Mails that became nothing
         *
         *     **可调用角色 / Roles:** 登记员 clerk、派单员 dispatcher、系统管理员 admin
         */
        get: operations["getApiMailboxProblems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mailbox/problems/{mailId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 一封无法处理的邮件 / One mail that became nothing
         * @description 一封无法处理的邮件
         *
         *     One mail that became nothing
         *
         *     **可调用角色 / Roles:** 登记员 clerk、派单员 dispatcher、系统管理员 admin
         */
        get: operations["getApiMailboxProblemsMailId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前用户 / The signed-in user
         * @description 当前用户
         *
         *     The signed-in user
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修改本人密码 / Change one's own password
         * @description 修改本人密码
         *
         *     Change one's own password
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiMePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本人的二次验证状态 / The user's second factor
         * @description 本人的二次验证状态
         *
         *     The user's second factor
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiMeSecondFactor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/second-factor/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 以动态验证码确认绑定，得到恢复码 / Confirm the authenticator with a code; get recovery codes
         * @description 以动态验证码确认绑定，得到恢复码
         *
         *     Confirm the authenticator with a code; get recovery codes
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiMeSecondFactorConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/second-factor/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 开始绑定身份验证器（TOTP） / Start setting up an authenticator (TOTP)
         * @description 开始绑定身份验证器（TOTP）
         *
         *     Start setting up an authenticator (TOTP)
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiMeSecondFactorEnrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 发件箱（短信、邮件的投递记录） / The outbox (SMS and e-mail deliveries)
         * @description 发件箱（短信、邮件的投递记录）
         *
         *     The outbox (SMS and e-mail deliveries)
         *
         *     **可调用角色 / Roles:** 系统管理员 admin
         */
        get: operations["getApiOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/anchors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计日志每日锚点（链头与条数） / The audit log's daily anchors (head and count)
         * @description 审计日志每日锚点（链头与条数）
         *
         *     The audit log's daily anchors (head and count)
         *
         *     **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getApiPublicAnchors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/public/assessment
         * @description **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getApiPublicAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/hotspots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/public/hotspots
         * @description **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getApiPublicHotspots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/hotspots/chart.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/public/hotspots/chart.svg
         * @description **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getApiPublicHotspotsChartSvg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/knowledge/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 公开的知识条目 / A public knowledge article
         * @description 公开的知识条目
         *
         *     A public knowledge article
         *
         *     **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getApiPublicKnowledgeArticlesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/knowledge/articles/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载公开知识条目的附件（申请表、办事指南） / Download a file of a public article (a form, a guide)
         * @description 下载公开知识条目的附件（申请表、办事指南）
         *
         *     Download a file of a public article (a form, a guide)
         *
         *     **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getApiPublicKnowledgeArticlesIdFilesFileId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/knowledge/direct-rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/public/knowledge/direct-rate
         * @description **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getApiPublicKnowledgeDirectRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/knowledge/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/public/knowledge/search
         * @description **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getApiPublicKnowledgeSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/knowledge/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /api/public/knowledge/visits
         * @description **公开 / Public:** 无需登录 / no sign-in
         */
        post: operations["postApiPublicKnowledgeVisits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/process-chart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/public/process-chart
         * @description **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getApiPublicProcessChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/process-chart.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/public/process-chart.svg
         * @description **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getApiPublicProcessChartSvg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 公开统计（受理、按期、三率；少于5件不显示） / Open statistics (received, on time, the three rates; counts under 5 hidden)
         * @description 公开统计（受理、按期、三率；少于5件不显示）
         *
         *     Open statistics (received, on time, the three rates; counts under 5 hidden)
         *
         *     **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getApiPublicStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 分办规则（类别 → 办理层级） / Routing rules (category → handling level)
         * @description 分办规则（类别 → 办理层级）
         *
         *     Routing rules (category → handling level)
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiRoutingRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routing-rules/{category}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设置分办规则（市级管理员） / Set a routing rule (city admins)
         * @description 设置分办规则（市级管理员）
         *
         *     Set a routing rule (city admins)
         *
         *     **可调用角色 / Roles:** 系统管理员 admin
         */
        put: operations["putApiRoutingRulesCategory"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/saved-views
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiSavedViews"];
        put?: never;
        /**
         * POST /api/saved-views
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiSavedViews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * DELETE /api/saved-views/:id
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        delete: operations["deleteApiSavedViewsId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 监察看板（各单位在办、超期、预警、三率） / Supervision board (held, overdue, warnings, the three rates per unit)
         * @description 监察看板（各单位在办、超期、预警、三率）
         *
         *     Supervision board (held, overdue, warnings, the three rates per unit)
         *
         *     **可调用角色 / Roles:** 审核督办 supervisor、电子监察 inspector、派单员 dispatcher、系统管理员 admin、承办人 officer
         */
        get: operations["getApiStatsBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/board/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/stats/board/export
         * @description **可调用角色 / Roles:** 审核督办 supervisor、电子监察 inspector、派单员 dispatcher、系统管理员 admin、承办人 officer
         */
        get: operations["getApiStatsBoardExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/supervision/notices
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiSupervisionNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/supervision/notices/:id
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiSupervisionNoticesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/notices/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /api/supervision/notices/:id/acknowledge
         * @description **可调用角色 / Roles:** 承办人 officer、审核督办 supervisor、派单员 dispatcher
         */
        post: operations["postApiSupervisionNoticesIdAcknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/notices/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /api/supervision/notices/:id/answer
         * @description **可调用角色 / Roles:** 承办人 officer、审核督办 supervisor、派单员 dispatcher
         */
        post: operations["postApiSupervisionNoticesIdAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/notices/{id}/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/supervision/notices/:id/print
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiSupervisionNoticesIdPrint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GET /api/templates
         * @description **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/track/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 群众凭查询码与密码查看进度 / A citizen follows the case with the tracking code and PIN
         * @description 群众凭查询码与密码查看进度
         *
         *     A citizen follows the case with the tracking code and PIN
         */
        get: operations["getApiTrackCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/track/{code}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 群众评价办理结果 / A citizen rates the result
         * @description 群众评价办理结果
         *
         *     A citizen rates the result
         */
        post: operations["postApiTrackCodeEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/track/{code}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 群众补充材料（文字和/或附件） / A citizen adds material (text and/or files)
         * @description 群众补充材料（文字和/或附件）
         *
         *     A citizen adds material (text and/or files)
         */
        post: operations["postApiTrackCodeMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/track/{code}/process-chart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GET /api/track/:code/process-chart */
        get: operations["getApiTrackCodeProcessChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 承办单位 / Handling units
         * @description 承办单位
         *
         *     Handling units
         *
         *     **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getApiUnits"];
        put?: never;
        /**
         * 新增承办单位 / Add a unit
         * @description 新增承办单位
         *
         *     Add a unit
         *
         *     **可调用角色 / Roles:** 系统管理员 admin
         */
        post: operations["postApiUnits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 用户列表（本辖区） / Users within one's jurisdiction
         * @description 用户列表（本辖区）
         *
         *     Users within one's jurisdiction
         *
         *     **可调用角色 / Roles:** 系统管理员 admin
         */
        get: operations["getApiUsers"];
        put?: never;
        /**
         * 新增用户 / Add a user
         * @description 新增用户
         *
         *     Add a user
         *
         *     **可调用角色 / Roles:** 系统管理员 admin
         */
        post: operations["postApiUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 停用用户 / Disable a user
         * @description 停用用户
         *
         *     Disable a user
         *
         *     **可调用角色 / Roles:** 系统管理员 admin
         */
        post: operations["postApiUsersIdDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 管理员重置用户密码 / An admin resets a user's password
         * @description 管理员重置用户密码
         *
         *     An admin resets a user's password
         *
         *     **可调用角色 / Roles:** 系统管理员 admin
         */
        post: operations["postApiUsersIdPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/second-factor/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * POST /api/users/:id/second-factor/reset
         * @description **可调用角色 / Roles:** 系统管理员 admin
         */
        post: operations["postApiUsersIdSecondFactorReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visitors/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 按证件号查来访人以往来访 / A visitor's earlier visits by ID number
         * @description 按证件号查来访人以往来访
         *
         *     A visitor's earlier visits by ID number
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        get: operations["getApiVisitorsLookup"];
        put?: never;
        /**
         * 按证件号查来访人以往来访 / A visitor's earlier visits by ID number
         * @description 按证件号查来访人以往来访
         *
         *     A visitor's earlier visits by ID number
         *
         *     **可调用角色 / Roles:** 话务员 operator、登记员 clerk、派单员 dispatcher、承办人 officer、审核督办 supervisor、电子监察 inspector、系统管理员 admin
         */
        post: operations["postApiVisitorsLookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/fax/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 传真网关推送传真（签名的 multipart：faxId、file、from、to、pages） / The fax gateway posts a fax (signed multipart: faxId, file, from, to, pages)
         * @description 传真网关推送传真（签名的 multipart：faxId、file、from、to、pages）
         *
         *     The fax gateway posts a fax (signed multipart: faxId, file, from, to, pages)
         *
         *     签名见 `faxSignature` 安全方案与 webhooks 一节的示例；`suqiu fax-sign FILE` 打印签名头。同一 faxId 重复推送是幂等的（200）。
         *
         *     See the `faxSignature` scheme and the worked example under webhooks; `suqiu fax-sign FILE` prints the headers. A repeated faxId is idempotent (200).
         */
        post: operations["postChannelsFaxInbound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/hotline/queue-result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 春城热线：排队结果（接通、放弃） / Hotline: queue result (connected, abandoned)
         * @description 春城热线：排队结果（接通、放弃）
         *
         *     Hotline: queue result (connected, abandoned)
         */
        post: operations["postChannelsHotlineQueueResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/hotline/recorded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 春城热线：留言录音结束 / Hotline: voicemail recorded
         * @description 春城热线：留言录音结束
         *
         *     Hotline: voicemail recorded
         */
        post: operations["postChannelsHotlineRecorded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/hotline/recording-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 春城热线：录音状态回调（下载录音） / Hotline: recording status callback (the recording is fetched)
         * @description 春城热线：录音状态回调（下载录音）
         *
         *     Hotline: recording status callback (the recording is fetched)
         */
        post: operations["postChannelsHotlineRecordingStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/hotline/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 春城热线：收到短信（新诉求、补充材料或评价） / Hotline: incoming SMS (a new complaint, added material or a rating)
         * @description 春城热线：收到短信（新诉求、补充材料或评价）
         *
         *     Hotline: incoming SMS (a new complaint, added material or a rating)
         */
        post: operations["postChannelsHotlineSms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/hotline/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 春城热线：通话状态回调 / Hotline: call status callback
         * @description 春城热线：通话状态回调
         *
         *     Hotline: call status callback
         */
        post: operations["postChannelsHotlineStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/hotline/voice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 春城热线：来电（Twilio Voice 回调，返回 TwiML） / Hotline: incoming call (Twilio voice webhook, answers TwiML)
         * @description 春城热线：来电（Twilio Voice 回调，返回 TwiML）
         *
         *     Hotline: incoming call (Twilio voice webhook, answers TwiML)
         */
        post: operations["postChannelsHotlineVoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/phone/choice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 举报电话：来电人的按键选择（是否匿名） / Reporting line: the caller's key press (anonymous or not)
         * @description 举报电话：来电人的按键选择（是否匿名）
         *
         *     Reporting line: the caller's key press (anonymous or not)
         */
        post: operations["postChannelsPhoneChoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/phone/queue-result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 举报电话：排队结果（接通、放弃） / Reporting line: queue result (connected, abandoned)
         * @description 举报电话：排队结果（接通、放弃）
         *
         *     Reporting line: queue result (connected, abandoned)
         */
        post: operations["postChannelsPhoneQueueResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/phone/recorded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 举报电话：留言录音结束 / Reporting line: voicemail recorded
         * @description 举报电话：留言录音结束
         *
         *     Reporting line: voicemail recorded
         */
        post: operations["postChannelsPhoneRecorded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/phone/recording-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 举报电话：录音状态回调（下载录音） / Reporting line: recording status callback (the recording is fetched)
         * @description 举报电话：录音状态回调（下载录音）
         *
         *     Reporting line: recording status callback (the recording is fetched)
         */
        post: operations["postChannelsPhoneRecordingStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/phone/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 举报电话：收到短信（新诉求、补充材料或评价） / Reporting line: incoming SMS (a new complaint, added material or a rating)
         * @description 举报电话：收到短信（新诉求、补充材料或评价）
         *
         *     Reporting line: incoming SMS (a new complaint, added material or a rating)
         */
        post: operations["postChannelsPhoneSms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/phone/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 举报电话：通话状态回调 / Reporting line: call status callback
         * @description 举报电话：通话状态回调
         *
         *     Reporting line: call status callback
         */
        post: operations["postChannelsPhoneStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/phone/voice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 举报电话：来电（Twilio Voice 回调，返回 TwiML） / Reporting line: incoming call (Twilio voice webhook, answers TwiML)
         * @description 举报电话：来电（Twilio Voice 回调，返回 TwiML）
         *
         *     Reporting line: incoming call (Twilio voice webhook, answers TwiML)
         */
        post: operations["postChannelsPhoneVoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/twilio/sms-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 短信投递状态回调（Twilio） / SMS delivery status callback (Twilio)
         * @description 短信投递状态回调（Twilio）
         *
         *     SMS delivery status callback (Twilio)
         */
        post: operations["postChannelsTwilioSmsStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 进程存活检查 / Liveness check
         * @description 进程存活检查
         *
         *     Liveness check
         *
         *     **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus 监控指标 / Prometheus metrics
         * @description Prometheus 监控指标
         *
         *     Prometheus metrics
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open311 公开诉求（不含个人信息与举报件） / Open311 requests (no personal data, no reports)
         * @description Open311 公开诉求（不含个人信息与举报件）
         *
         *     Open311 requests (no personal data, no reports)
         *
         *     Open311 GeoReport v2：`:format` 为 `json` 或 `xml`；错误为 `[{"code": 400, "description": "…"}]`（XML 为 `<errors><error>…`）。
         *
         *     Open311 GeoReport v2: `:format` is `json` or `xml`; errors are `[{"code": 400, "description": "…"}]` (XML: `<errors><error>…`).
         *
         *     **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getOpen311V2RequestsFormat"];
        put?: never;
        /**
         * Open311 提交诉求（需 api_key） / Open311: post a request (api_key required)
         * @description Open311 提交诉求（需 api_key）
         *
         *     Open311: post a request (api_key required)
         *
         *     Open311 GeoReport v2：`:format` 为 `json` 或 `xml`；错误为 `[{"code": 400, "description": "…"}]`（XML 为 `<errors><error>…`）。
         *
         *     Open311 GeoReport v2: `:format` is `json` or `xml`; errors are `[{"code": 400, "description": "…"}]` (XML: `<errors><error>…`).
         */
        post: operations["postOpen311V2RequestsFormat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests/{id}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open311 单件诉求 / Open311: one request
         * @description Open311 单件诉求
         *
         *     Open311: one request
         *
         *     Open311 GeoReport v2：`:format` 为 `json` 或 `xml`；错误为 `[{"code": 400, "description": "…"}]`（XML 为 `<errors><error>…`）。
         *
         *     Open311 GeoReport v2: `:format` is `json` or `xml`; errors are `[{"code": 400, "description": "…"}]` (XML: `<errors><error>…`).
         *
         *     **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getOpen311V2RequestsIdFormat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open311 服务类别 / Open311 service list
         * @description Open311 服务类别
         *
         *     Open311 service list
         *
         *     Open311 GeoReport v2：`:format` 为 `json` 或 `xml`；错误为 `[{"code": 400, "description": "…"}]`（XML 为 `<errors><error>…`）。
         *
         *     Open311 GeoReport v2: `:format` is `json` or `xml`; errors are `[{"code": 400, "description": "…"}]` (XML: `<errors><error>…`).
         *
         *     **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getOpen311V2ServicesFormat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 就绪检查（数据库可用） / Readiness (the database answers)
         * @description 就绪检查（数据库可用）
         *
         *     Readiness (the database answers)
         *
         *     **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 实时推送（WebSocket：来电弹屏、新交办、预警） / Live updates over a websocket (screen pops, new assignments, warnings)
         * @description 实时推送（WebSocket：来电弹屏、新交办、预警）
         *
         *     Live updates over a websocket (screen pops, new assignments, warnings)
         *
         *     **公开 / Public:** 无需登录 / no sign-in
         */
        get: operations["getWs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    faxInbound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 传真网关推送 / Fax gateway post (inbound)
         * @description 传真网关把每份传真以 multipart/form-data 推送到 `POST /channels/fax/inbound`：字段 `faxId`（必填，网关的唯一编号，重复推送幂等）、
         *     `file`（必填，TIFF 或 PDF）、`from`、`to`、`pages`。请求头 `X-Fax-Signature: sha256=<十六进制>`，其值为以 FAX_WEBHOOK_SECRET 为密钥、
         *     对**原始请求体的全部字节**计算的 HMAC-SHA256。`npx suqiu fax-sign 文件` 打印一份可直接发送的请求（请求体文件与签名头）。
         *
         *     A fax gateway posts each fax as multipart/form-data to `POST /channels/fax/inbound`: `faxId` (required, the gateway's unique id;
         *     a repeat is idempotent), `file` (required, TIFF or PDF), `from`, `to`, `pages`. The header `X-Fax-Signature: sha256=<hex>` is the
         *     HMAC-SHA256 of the **raw request body bytes** keyed with FAX_WEBHOOK_SECRET. `npx suqiu fax-sign FILE` prints a ready request
         *     (the body file and the signature headers).
         *
         *     **示例 / Worked example** — secret `example-fax-secret`, `Content-Type: multipart/form-data; boundary=suqiu-example-boundary`, body (CRLF line ends):
         *
         *     ```
         *     --suqiu-example-boundary
         *     Content-Disposition: form-data; name="faxId"
         *
         *     gw-20260302-0001
         *     --suqiu-example-boundary
         *     Content-Disposition: form-data; name="from"
         *
         *     +868716000000
         *     --suqiu-example-boundary
         *     Content-Disposition: form-data; name="pages"
         *
         *     1
         *     --suqiu-example-boundary
         *     Content-Disposition: form-data; name="file"; filename="fax.pdf"
         *     Content-Type: application/pdf
         *
         *     %PDF-1.4 example
         *     --suqiu-example-boundary--
         *
         *     ```
         *
         *     `X-Fax-Signature: sha256=b94b082e7c660b7e63e22e1e9f736a230e0f3f77aaf6aeb9339276362a540705`
         *
         *     ```sh
         *     printf '%s' "$BODY" | openssl dgst -sha256 -hmac 'example-fax-secret'   # → b94b082e7c660b7e63e22e1e9f736a230e0f3f77aaf6aeb9339276362a540705
         *     ```
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        faxId: string;
                        file: string;
                        from?: string;
                        pages?: string;
                        to?: string;
                    };
                };
            };
            responses: {
                /** @description 该 faxId 已收到过 / seen before */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description 新传真已登记 / a new fax was stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `bad_signature` */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    liveEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 实时推送事件（/ws）/ Live events on the websocket (/ws)
         * @description 登录的工作人员连接 `GET /ws`（会话 Cookie），按角色与辖区收到 JSON 消息 `{ "topic", "payload" }`：
         *     `call.incoming`（来电弹屏，仅接听的话务员所在中心）、`call.taken`、`case.created`、`case.material`、`callback.created`、`visit.group`，
         *     以及 `live.ready`、`live.resync`、`pong`。
         *
         *     A signed-in staff member connects to `GET /ws` (session cookie) and receives `{ "topic", "payload" }` JSON messages for their role and
         *     jurisdiction: `call.incoming` (the screen pop), `call.taken`, `case.created`, `case.material`, `callback.created`, `visit.group`,
         *     plus `live.ready`, `live.resync` and `pong`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        payload?: Record<string, never>;
                        /** @enum {string} */
                        topic: "call.incoming" | "call.taken" | "case.created" | "case.material" | "callback.created" | "visit.group" | "live.ready" | "live.resync" | "pong";
                    };
                };
            };
            responses: {
                /** @description 已收到 / received */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    notificationSms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suqiu 发出的通知短信 / Notifications Suqiu sends (outbound SMS)
         * @description 里程碑（收件回执含查询码与密码、受理或不予受理、办理结果、评价请求）按诉求人选择的渠道发送：短信经 Twilio Messages API
         *     （`POST {TWILIO_API_BASE}/2010-04-01/Accounts/{AccountSid}/Messages.json`，表单 To、From、Body、StatusCallback），邮件经 SMTP。
         *     未配置凭据时只记录不发送，工作人员可在发件箱（GET /api/outbox）查看；查询密码从不以明文保存在发件箱中。
         *
         *     Milestones (the receipt with tracking code and PIN, accepted or rejected, the result, the evaluation request) go out on the
         *     complainant's channel: SMS through Twilio's Messages API (form fields To, From, Body, StatusCallback), e-mail through SMTP.
         *     Without credentials they are recorded, not sent, and listed in the outbox (GET /api/outbox); no outbox row keeps a PIN readable.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/x-www-form-urlencoded": {
                        Body: string;
                        From: string;
                        /** Format: uri */
                        StatusCallback?: string;
                        To: string;
                    };
                };
            };
            responses: {
                /** @description Twilio 已接受 / accepted by Twilio */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    twilioSms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Twilio 短信回调 / Twilio SMS webhooks (inbound)
         * @description “A message comes in” 设为 `PUBLIC_BASE_URL/channels/hotline/sms`（或 `/channels/phone/sms`）。来自诉求人本人号码的短信成为补充材料，对评价请求回复 1/2/3 即评价。
         *     Suqiu 发出的每条短信都带 StatusCallback `PUBLIC_BASE_URL/channels/twilio/sms-status`，以记录投递结果；失败的短信转为回访任务。
         *
         *     Set "A message comes in" to `PUBLIC_BASE_URL/channels/hotline/sms` (or `/channels/phone/sms`). A text from the complainant's own number
         *     is added material; 1/2/3 in answer to an evaluation request is the rating. Every SMS Suqiu sends names the StatusCallback
         *     `PUBLIC_BASE_URL/channels/twilio/sms-status`, which records the delivery; a failed SMS becomes a call-back task.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/x-www-form-urlencoded": {
                        Body?: string;
                        From?: string;
                        MessageSid?: string;
                        MessageStatus?: string;
                        To?: string;
                    };
                };
            };
            responses: {
                /** @description 已收到 / received */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `bad_signature` */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    twilioVoice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Twilio 语音回调 / Twilio voice webhooks (inbound)
         * @description 在 Twilio 号码上把 Voice 的 “A call comes in” 设为 `PUBLIC_BASE_URL/channels/hotline/voice`（春城热线）或 `/channels/phone/voice`（举报电话），
         *     方法 POST；其余回调（choice、queue-result、status、recorded、recording-status）由 Suqiu 在 TwiML 中给出。每个请求都校验 X-Twilio-Signature（PUBLIC_BASE_URL 必须是 Twilio 实际调用的地址）。
         *
         *     Point a Twilio number's voice webhook at `PUBLIC_BASE_URL/channels/hotline/voice` (the hotline) or `/channels/phone/voice` (the reporting
         *     line), POST; the other callbacks (choice, queue-result, status, recorded, recording-status) are named by Suqiu's TwiML. Every request
         *     is checked against X-Twilio-Signature, computed over PUBLIC_BASE_URL + path: it must be the URL Twilio calls.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/x-www-form-urlencoded": {
                        CallSid?: string;
                        CallStatus?: string;
                        From?: string;
                        To?: string;
                    };
                };
            };
            responses: {
                /** @description TwiML (text/xml) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `bad_signature` */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        CaseEvent: components["schemas"]["CaseEvent_REGISTER"] | components["schemas"]["CaseEvent_REJECT"] | components["schemas"]["CaseEvent_MERGE"] | components["schemas"]["CaseEvent_WITHDRAW"] | components["schemas"]["CaseEvent_DISPATCH"] | components["schemas"]["CaseEvent_ANSWER"] | components["schemas"]["CaseEvent_SIGN"] | components["schemas"]["CaseEvent_RETURN"] | components["schemas"]["CaseEvent_DELEGATE"] | components["schemas"]["CaseEvent_REQUEST_EXTENSION"] | components["schemas"]["CaseEvent_APPROVE_EXTENSION"] | components["schemas"]["CaseEvent_DENY_EXTENSION"] | components["schemas"]["CaseEvent_SUBMIT_REPLY"] | components["schemas"]["CaseEvent_APPROVE_REPLY"] | components["schemas"]["CaseEvent_REJECT_REPLY"] | components["schemas"]["CaseEvent_SEND_FEEDBACK"] | components["schemas"]["CaseEvent_EVALUATE"] | components["schemas"]["CaseEvent_DECIDE"] | components["schemas"]["CaseEvent_FIND_UNTRUE"] | components["schemas"]["CaseEvent_SUPERVISE"] | components["schemas"]["CaseEvent_PART_SIGN"] | components["schemas"]["CaseEvent_PART_RETURN"] | components["schemas"]["CaseEvent_PART_SUBMIT"] | components["schemas"]["CaseEvent_PART_REPLACE"];
        /** CaseEvent_ANSWER */
        CaseEvent_ANSWER: {
            expectedVersion?: number;
            text: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ANSWER";
        };
        /** CaseEvent_APPROVE_EXTENSION */
        CaseEvent_APPROVE_EXTENSION: {
            expectedVersion?: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "APPROVE_EXTENSION";
        };
        /** CaseEvent_APPROVE_REPLY */
        CaseEvent_APPROVE_REPLY: {
            expectedVersion?: number;
            text?: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "APPROVE_REPLY";
        };
        /** CaseEvent_DECIDE */
        CaseEvent_DECIDE: {
            expectedVersion?: number;
            note: string;
            outcome: "redo" | "close";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "DECIDE";
        };
        /** CaseEvent_DELEGATE */
        CaseEvent_DELEGATE: {
            assisting?: {
                unitId: number;
                workingDays: number;
            }[];
            expectedVersion?: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "DELEGATE";
            unitId: number;
        };
        /** CaseEvent_DENY_EXTENSION */
        CaseEvent_DENY_EXTENSION: {
            expectedVersion?: number;
            reason: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "DENY_EXTENSION";
        };
        /** CaseEvent_DISPATCH */
        CaseEvent_DISPATCH: {
            assisting?: {
                unitId: number;
                workingDays: number;
            }[];
            chain: number[];
            expectedVersion?: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "DISPATCH";
        };
        /** CaseEvent_EVALUATE */
        CaseEvent_EVALUATE: {
            comment?: string;
            expectedVersion?: number;
            rating: "satisfied" | "basic" | "unsatisfied";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "EVALUATE";
        };
        /** CaseEvent_FIND_UNTRUE */
        CaseEvent_FIND_UNTRUE: {
            expectedVersion?: number;
            reason: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "FIND_UNTRUE";
        };
        /** CaseEvent_MERGE */
        CaseEvent_MERGE: {
            expectedVersion?: number;
            intoCaseId: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "MERGE";
        };
        /** CaseEvent_PART_REPLACE */
        CaseEvent_PART_REPLACE: {
            expectedVersion?: number;
            seq: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "PART_REPLACE";
            unitId: number;
            workingDays: number;
        };
        /** CaseEvent_PART_RETURN */
        CaseEvent_PART_RETURN: {
            expectedVersion?: number;
            reason: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "PART_RETURN";
        };
        /** CaseEvent_PART_SIGN */
        CaseEvent_PART_SIGN: {
            expectedVersion?: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "PART_SIGN";
        };
        /** CaseEvent_PART_SUBMIT */
        CaseEvent_PART_SUBMIT: {
            expectedVersion?: number;
            text: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "PART_SUBMIT";
        };
        /** CaseEvent_REGISTER */
        CaseEvent_REGISTER: {
            accusedUnitId?: number;
            category: string;
            complaintType?: "report" | "complaint" | "request" | "consultation" | "suggestion";
            divisionCode?: string;
            expectedVersion?: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "REGISTER";
            urgency?: "normal" | "urgent" | "critical";
        };
        /** CaseEvent_REJECT */
        CaseEvent_REJECT: {
            expectedVersion?: number;
            reason: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "REJECT";
        };
        /** CaseEvent_REJECT_REPLY */
        CaseEvent_REJECT_REPLY: {
            expectedVersion?: number;
            reason: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "REJECT_REPLY";
        };
        /** CaseEvent_REQUEST_EXTENSION */
        CaseEvent_REQUEST_EXTENSION: {
            expectedVersion?: number;
            reason: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "REQUEST_EXTENSION";
            workingDays: number;
        };
        /** CaseEvent_RETURN */
        CaseEvent_RETURN: {
            expectedVersion?: number;
            reason: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RETURN";
        };
        /** CaseEvent_SEND_FEEDBACK */
        CaseEvent_SEND_FEEDBACK: {
            channel: "sms" | "email" | "phone" | "letter" | "tracking";
            expectedVersion?: number;
            text: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SEND_FEEDBACK";
        };
        /** CaseEvent_SIGN */
        CaseEvent_SIGN: {
            expectedVersion?: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SIGN";
        };
        /** CaseEvent_SUBMIT_REPLY */
        CaseEvent_SUBMIT_REPLY: {
            expectedVersion?: number;
            resolved: boolean;
            text: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SUBMIT_REPLY";
        };
        /** CaseEvent_SUPERVISE */
        CaseEvent_SUPERVISE: {
            expectedVersion?: number;
            note: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SUPERVISE";
        };
        /** CaseEvent_WITHDRAW */
        CaseEvent_WITHDRAW: {
            expectedVersion?: number;
            reason: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WITHDRAW";
        };
        Error: {
            error: {
                /** @description 稳定错误码 / stable error code */
                code: string;
                fields?: {
                    field?: string;
                    message?: string;
                    messageEn?: string;
                }[];
                /** @description 中文说明 / Chinese message */
                message: string;
                /** @description English message */
                messageEn: string;
                /** @description 请求编号（X-Request-Id）/ request id */
                requestId: string;
            } & {
                [key: string]: unknown;
            };
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
    getApiAccountabilityRecords: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                state?: "open" | "decided";
                trigger?: "late_close" | "untrue_reply" | "unanswered_notice";
                unitId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 问责线索列表 / Accountability records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            caseId: number | null;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            decision: ("no_action" | "reminder_talk" | "circulated_criticism" | "referred") | null;
                            decisionLabel: string | null;
                            /** @description 事实：哪个环节、超期多久、哪次答复、哪份督办单（不含诉求人身份）/ The facts (never the complainant's identity) */
                            facts: {
                                [key: string]: unknown;
                            };
                            id: number;
                            noticeId: number | null;
                            openedAt: string | null;
                            people: {
                                day: string | null;
                                items: ({
                                    person: {
                                        name: string;
                                        title: string | null;
                                        validFrom: string;
                                    } | null;
                                    role: string;
                                    roleLabel: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string | null;
                            state: "open" | "decided";
                            stateLabel: string;
                            trigger: "late_close" | "untrue_reply" | "unanswered_notice";
                            triggerLabel: string;
                            unit: {
                                id: number;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                        page: number;
                        pageSize: number;
                        total: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiAccountabilityRecordsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 问责线索 / An accountability record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: number | null;
                        decidedAt: string | null;
                        decidedBy: string | null;
                        decision: ("no_action" | "reminder_talk" | "circulated_criticism" | "referred") | null;
                        decisionLabel: string | null;
                        /** @description 事实：哪个环节、超期多久、哪次答复、哪份督办单（不含诉求人身份）/ The facts (never the complainant's identity) */
                        facts: {
                            [key: string]: unknown;
                        };
                        id: number;
                        noticeId: number | null;
                        openedAt: string | null;
                        people: {
                            day: string | null;
                            items: ({
                                person: {
                                    name: string;
                                    title: string | null;
                                    validFrom: string;
                                } | null;
                                role: string;
                                roleLabel: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                        reason: string | null;
                        state: "open" | "decided";
                        stateLabel: string;
                        trigger: "late_close" | "untrue_reply" | "unanswered_notice";
                        triggerLabel: string;
                        unit: {
                            id: number;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiAccountabilityRecordsIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decision: "no_action" | "reminder_talk" | "circulated_criticism" | "referred";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 问责线索 / An accountability record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: number | null;
                        decidedAt: string | null;
                        decidedBy: string | null;
                        decision: ("no_action" | "reminder_talk" | "circulated_criticism" | "referred") | null;
                        decisionLabel: string | null;
                        /** @description 事实：哪个环节、超期多久、哪次答复、哪份督办单（不含诉求人身份）/ The facts (never the complainant's identity) */
                        facts: {
                            [key: string]: unknown;
                        };
                        id: number;
                        noticeId: number | null;
                        openedAt: string | null;
                        people: {
                            day: string | null;
                            items: ({
                                person: {
                                    name: string;
                                    title: string | null;
                                    validFrom: string;
                                } | null;
                                role: string;
                                roleLabel: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                        reason: string | null;
                        state: "open" | "decided";
                        stateLabel: string;
                        trigger: "late_close" | "untrue_reply" | "unanswered_notice";
                        triggerLabel: string;
                        unit: {
                            id: number;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiAdminNoticeRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        redEnabled: boolean;
                        requiredAction: string;
                        workingDays: number;
                    };
                };
            };
            /** @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApiAdminNoticeRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    redEnabled: boolean;
                    requiredAction: string;
                    workingDays: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        redEnabled: boolean;
                        requiredAction: string;
                        workingDays: number;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiAdminResponsiblePeopleIdEnd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 更正理由：日期早于今天时必填，仅市级管理员 / Required for a date before today; city admins only */
                    correctionReason?: string;
                    /** @description YYYY-MM-DD（北京时间的日期） */
                    validTo: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        role: "responsible" | "in_charge" | "principal";
                        roleLabel: string;
                        title: string | null;
                        validFrom: string;
                        validTo: string | null;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiAdminTemplates: {
        parameters: {
            query: {
                unitId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            active: boolean;
                            id: number;
                            kind: string;
                            own?: boolean;
                            sort: number;
                            text: string;
                            unit: {
                                id: number;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            updatedAt: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiAdminTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kind: "reject" | "return" | "supervise" | "reply";
                    sort?: number;
                    text: string;
                    unitId: number;
                };
            };
        };
        responses: {
            /** @description 常用语 / A reason template */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        id: number;
                        kind: string;
                        own?: boolean;
                        sort: number;
                        text: string;
                        unit: {
                            id: number;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                        updatedAt: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApiAdminTemplatesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    sort?: number;
                    text?: string;
                };
            };
        };
        responses: {
            /** @description 常用语 / A reason template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        id: number;
                        kind: string;
                        own?: boolean;
                        sort: number;
                        text: string;
                        unit: {
                            id: number;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                        updatedAt: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiAdminUnitsUnitIdResponsiblePeople: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD（北京时间的日期） */
                on?: string;
            };
            header?: never;
            path: {
                unitId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 单位责任人任职记录 / A unit's responsible people, by date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        day: string;
                        history: {
                            id: number;
                            name: string;
                            role: "responsible" | "in_charge" | "principal";
                            roleLabel: string;
                            title: string | null;
                            validFrom: string;
                            validTo: string | null;
                        }[];
                        inOffice: {
                            in_charge: {
                                name: string;
                                title: string | null;
                                validFrom: string;
                            } | null;
                            principal: {
                                name: string;
                                title: string | null;
                                validFrom: string;
                            } | null;
                            responsible: {
                                name: string;
                                title: string | null;
                                validFrom: string;
                            } | null;
                        };
                        /** @description 当前管理员可更正过去的任职记录（市级管理员，须填写理由）/ Whether you may correct past terms (city admins, with a reason) */
                        mayCorrect: boolean;
                        /** @description 当前管理员可登记该单位的到任、离任（本单位的由上级单位管理员登记）/ Whether you may enter or end terms at this unit */
                        mayKeep: boolean;
                        unitId: number;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiAdminUnitsUnitIdResponsiblePeople: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 更正理由：日期早于今天时必填，仅市级管理员 / Required for a date before today; city admins only */
                    correctionReason?: string;
                    name: string;
                    role: "responsible" | "in_charge" | "principal";
                    title?: string;
                    /** @description YYYY-MM-DD（北京时间的日期） */
                    validFrom: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        role: "responsible" | "in_charge" | "principal";
                        roleLabel: string;
                        title: string | null;
                        validFrom: string;
                        validTo: string | null;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    label: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /** @description 只显示这一次 / shown once */
                        key: string;
                        note: string;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             *
             *     `city_admin_only` 全市统一设置（工作日历、分类与分办规则、接口密钥）只能由市级系统管理员修改 / City-wide settings (calendar, categories and routing rules, API keys) are changed by city admins only
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiAssessment: {
        parameters: {
            query?: {
                division?: string;
                level?: "county" | "township" | "village";
                /** @description YYYY-MM */
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 考核排名 / A month's assessment ranking */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        division: {
                            code: string;
                            level: string;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        level: "county" | "township" | "village";
                        month: ({
                            computedAt: string;
                            month: string;
                            weights: {
                                /** @description 扣分上限 / most points taken off in all */
                                maxDeduction: number;
                                /** @description 按期办结率 / on-time closing rate */
                                onTime: number;
                                /** @description 协办按时率 / assisting parts in on time */
                                parts: number;
                                /** @description 每条问责线索扣分 / points off per accountability record */
                                perAccountability: number;
                                /** @description 每次退回扣分 / points off per return */
                                perReturn: number;
                                /** @description 每件逾期未答复督办单扣分 / points off per notice unanswered by its deadline */
                                perUnansweredNotice: number;
                                /** @description 解决率 / resolution rate */
                                resolution: number;
                                /** @description 响应率 / response rate */
                                response: number;
                                /** @description 满意率 / satisfaction rate */
                                satisfaction: number;
                            };
                            weightsVersion: number;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        months: string[];
                        rows: ({
                            counts: {
                                accountability: number;
                                cases: number;
                                closed: number;
                                dispatched: number;
                                evaluated: number;
                                onTime: number;
                                partsJudged: number;
                                partsOnTime: number;
                                replied: number;
                                resolved: number;
                                returns: number;
                                satisfied: number;
                                signedInTime: number;
                                unansweredNotices: number;
                            } & {
                                [key: string]: unknown;
                            };
                            countyRank: number | null;
                            countyRankOf: number | null;
                            deduction: number;
                            divisionCode: string;
                            divisionName: string;
                            /** @enum {string} */
                            level: "county" | "township" | "village";
                            name: string;
                            rank: number | null;
                            rankOf: number | null;
                            rates: {
                                onTime: number | null;
                                parts: number | null;
                                resolution: number | null;
                                response: number | null;
                                satisfaction: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                            score: number | null;
                            unitId: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        self: ({
                            counts: {
                                accountability: number;
                                cases: number;
                                closed: number;
                                dispatched: number;
                                evaluated: number;
                                onTime: number;
                                partsJudged: number;
                                partsOnTime: number;
                                replied: number;
                                resolved: number;
                                returns: number;
                                satisfied: number;
                                signedInTime: number;
                                unansweredNotices: number;
                            } & {
                                [key: string]: unknown;
                            };
                            countyRank: number | null;
                            countyRankOf: number | null;
                            deduction: number;
                            divisionCode: string;
                            divisionName: string;
                            /** @enum {string} */
                            level: "county" | "township" | "village";
                            name: string;
                            rank: number | null;
                            rankOf: number | null;
                            rates: {
                                onTime: number | null;
                                parts: number | null;
                                resolution: number | null;
                                response: number | null;
                                satisfaction: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                            score: number | null;
                            unitId: number;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiAssessmentCompute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description YYYY-MM */
                    month: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cases: number;
                        computedAt: string;
                        month: string;
                        ranked: number;
                        recomputed: boolean;
                        units: number;
                        weights: {
                            /** @description 扣分上限 / most points taken off in all */
                            maxDeduction: number;
                            /** @description 按期办结率 / on-time closing rate */
                            onTime: number;
                            /** @description 协办按时率 / assisting parts in on time */
                            parts: number;
                            /** @description 每条问责线索扣分 / points off per accountability record */
                            perAccountability: number;
                            /** @description 每次退回扣分 / points off per return */
                            perReturn: number;
                            /** @description 每件逾期未答复督办单扣分 / points off per notice unanswered by its deadline */
                            perUnansweredNotice: number;
                            /** @description 解决率 / resolution rate */
                            resolution: number;
                            /** @description 响应率 / response rate */
                            response: number;
                            /** @description 满意率 / satisfaction rate */
                            satisfaction: number;
                        };
                        weightsVersion: number;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiAssessmentExport: {
        parameters: {
            query: {
                division?: string;
                format: "xlsx" | "csv";
                level?: "county" | "township" | "village";
                /** @description YYYY-MM */
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 考核排名（.xlsx 或 CSV）/ The ranking (.xlsx or CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiAssessmentWeights: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 考核权重版本 / A version of the assessment weights */
                        current: {
                            createdAt: string;
                            effectiveFrom: string;
                            note: string | null;
                            version: number;
                            weights: {
                                /** @description 扣分上限 / most points taken off in all */
                                maxDeduction: number;
                                /** @description 按期办结率 / on-time closing rate */
                                onTime: number;
                                /** @description 协办按时率 / assisting parts in on time */
                                parts: number;
                                /** @description 每条问责线索扣分 / points off per accountability record */
                                perAccountability: number;
                                /** @description 每次退回扣分 / points off per return */
                                perReturn: number;
                                /** @description 每件逾期未答复督办单扣分 / points off per notice unanswered by its deadline */
                                perUnansweredNotice: number;
                                /** @description 解决率 / resolution rate */
                                resolution: number;
                                /** @description 响应率 / response rate */
                                response: number;
                                /** @description 满意率 / satisfaction rate */
                                satisfaction: number;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                        versions: ({
                            createdAt: string;
                            effectiveFrom: string;
                            note: string | null;
                            version: number;
                            weights: {
                                /** @description 扣分上限 / most points taken off in all */
                                maxDeduction: number;
                                /** @description 按期办结率 / on-time closing rate */
                                onTime: number;
                                /** @description 协办按时率 / assisting parts in on time */
                                parts: number;
                                /** @description 每条问责线索扣分 / points off per accountability record */
                                perAccountability: number;
                                /** @description 每次退回扣分 / points off per return */
                                perReturn: number;
                                /** @description 每件逾期未答复督办单扣分 / points off per notice unanswered by its deadline */
                                perUnansweredNotice: number;
                                /** @description 解决率 / resolution rate */
                                resolution: number;
                                /** @description 响应率 / response rate */
                                response: number;
                                /** @description 满意率 / satisfaction rate */
                                satisfaction: number;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiAssessmentWeights: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description YYYY-MM */
                    effectiveFrom?: string;
                    note?: string;
                    weights: {
                        /** @description 扣分上限 / most points taken off in all */
                        maxDeduction: number;
                        /** @description 按期办结率 / on-time closing rate */
                        onTime: number;
                        /** @description 协办按时率 / assisting parts in on time */
                        parts: number;
                        /** @description 每条问责线索扣分 / points off per accountability record */
                        perAccountability: number;
                        /** @description 每次退回扣分 / points off per return */
                        perReturn: number;
                        /** @description 每件逾期未答复督办单扣分 / points off per notice unanswered by its deadline */
                        perUnansweredNotice: number;
                        /** @description 解决率 / resolution rate */
                        resolution: number;
                        /** @description 响应率 / response rate */
                        response: number;
                        /** @description 满意率 / satisfaction rate */
                        satisfaction: number;
                    };
                };
            };
        };
        responses: {
            /** @description 考核权重版本 / A version of the assessment weights */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        effectiveFrom: string;
                        note: string | null;
                        version: number;
                        weights: {
                            /** @description 扣分上限 / most points taken off in all */
                            maxDeduction: number;
                            /** @description 按期办结率 / on-time closing rate */
                            onTime: number;
                            /** @description 协办按时率 / assisting parts in on time */
                            parts: number;
                            /** @description 每条问责线索扣分 / points off per accountability record */
                            perAccountability: number;
                            /** @description 每次退回扣分 / points off per return */
                            perReturn: number;
                            /** @description 每件逾期未答复督办单扣分 / points off per notice unanswered by its deadline */
                            perUnansweredNotice: number;
                            /** @description 解决率 / resolution rate */
                            resolution: number;
                            /** @description 响应率 / response rate */
                            response: number;
                            /** @description 满意率 / satisfaction rate */
                            satisfaction: number;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiAttachmentsId: {
        parameters: {
            query?: {
                download?: boolean;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件本身（类型为检测到的类型）/ The file, as its detected type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                    "application/pdf": string;
                    "audio/mpeg": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/tiff": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `attachment_not_found` 未找到该附件 / No such attachment */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `attachment_gone` 该附件的文件已不在服务器上，请联系系统管理员从备份恢复 / The file is no longer on the server; ask the administrators to restore it from the backup */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiAttachmentsIdPagesNPng: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页（PNG）/ One page as PNG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `attachment_not_found` 未找到该附件 / No such attachment
             *
             *     `page_not_found` 该附件没有这一页 / The attachment has no such page
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    password: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": 12,
                     *         "username": "km_paidan_li",
                     *         "displayName": "李晓梅",
                     *         "role": "dispatcher",
                     *         "roleLabel": "派单员",
                     *         "unit": {
                     *           "id": 1,
                     *           "name": "昆明市群众诉求中心",
                     *           "divisionCode": "530100",
                     *           "level": "city"
                     *         }
                     *       },
                     *       "csrfToken": "q3Zt8wVhR1mYc0LkP5xN2bFjA7sD4gUe",
                     *       "mustChangePassword": false,
                     *       "mustEnrolSecondFactor": false
                     *     }
                     */
                    "application/json": {
                        csrfToken: string;
                        mustChangePassword: boolean;
                        mustEnrolSecondFactor: boolean;
                        user: {
                            displayName: string;
                            id: number;
                            /** @enum {string} */
                            role: "operator" | "clerk" | "dispatcher" | "officer" | "supervisor" | "inspector" | "admin";
                            roleLabel: string;
                            unit: {
                                divisionCode: string;
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            };
                            username: string;
                        };
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `bad_credentials` 用户名或密码错误 / Wrong username or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `account_disabled` 账号已停用 / This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later
             *
             *     `sign_in_throttled` 登录尝试过于频繁，请稍后再试 / Too many sign-in attempts; wait a moment and try again
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /**
             * @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCallbacks: {
        parameters: {
            query?: {
                line?: "hotline" | "phone";
                status?: "open" | "reached" | "not_reached" | "rated" | "closed" | "done";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            attempts: number;
                            caseId: number;
                            caseNumber: string;
                            id: number;
                            line: string;
                            reason: string;
                            status: string;
                            statusLabel: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiCallbacksIdOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    outcome: "reached" | "not_reached" | "rated" | "rating_given";
                    rating?: "satisfied" | "basic" | "unsatisfied";
                };
            };
        };
        responses: {
            /** @description 回访任务 / A call-back task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        caseId: number;
                        caseNumber: string;
                        id: number;
                        line: string;
                        reason: string;
                        status: string;
                        statusLabel: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `callback_not_found` 未找到该回访任务 / No such call-back task */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `callback_done` 该回访任务已处理 / This call-back task is already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCalls: {
        parameters: {
            query?: {
                limit?: number;
                line?: "hotline" | "phone";
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            afterHours?: boolean;
                            anonymous: boolean;
                            callerMasked: string | null;
                            callSid: string;
                            caseId: number | null;
                            history: ({
                                caseNumber: string;
                                id: number;
                                rating: string | null;
                                receivedAt: string;
                                result: string | null;
                                /** @enum {string} */
                                state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                                stateLabel: string;
                                title: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            line: "hotline" | "phone";
                            lineLabel: string;
                            openCase: ({
                                caseNumber: string;
                                id: number;
                                /** @enum {string} */
                                state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                                stateLabel: string;
                                title: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            receivedAt: string;
                            recording: {
                                url: string;
                            } | null;
                            recordingPending?: boolean;
                            status: string;
                            takenByOther: boolean;
                            waiting?: boolean;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCallsCallSidRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callSid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 留言录音 / The voicemail recording */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                    "audio/mpeg": string;
                    "audio/wav": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `not_found` 未找到 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `attachment_gone` 该附件的文件已不在服务器上，请联系系统管理员从备份恢复 / The file is no longer on the server; ask the administrators to restore it from the backup */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiCallsCallSidTake: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callSid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 来电弹屏：来电号码（掩码）、以往诉求 / The screen pop: caller (masked) and earlier cases */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        anonymous: boolean;
                        callerMasked: string | null;
                        callSid: string;
                        history: ({
                            caseNumber: string;
                            id: number;
                            rating: string | null;
                            receivedAt: string;
                            result: string | null;
                            /** @enum {string} */
                            state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                            stateLabel: string;
                            title: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @enum {string} */
                        line: "hotline" | "phone";
                        lineLabel: string;
                        openCase: ({
                            caseNumber: string;
                            id: number;
                            /** @enum {string} */
                            state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                            stateLabel: string;
                            title: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        waiting?: boolean;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `not_found` 未找到 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `call_taken` 该来电已由其他话务员接听 / Another operator has taken this call */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCases: {
        parameters: {
            query?: {
                category?: string;
                channel?: string;
                from?: string;
                page?: number;
                pageSize?: number;
                q?: string;
                /** @example all */
                queue?: "mine" | "unit" | "overdue" | "warning" | "supervised" | "all";
                state?: string;
                to?: string;
                type?: string;
                unit?: number;
                warning?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 诉求列表（按时限排序）/ A page of cases, most urgent first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "total": 1,
                     *       "page": 1,
                     *       "pageSize": 20,
                     *       "totalExact": true,
                     *       "items": [
                     *         {
                     *           "id": 1024,
                     *           "caseNumber": "KM20260615000137",
                     *           "title": "翠湖北路路灯不亮",
                     *           "channel": "web",
                     *           "type": "complaint",
                     *           "category": "urban_management",
                     *           "state": "assigned",
                     *           "stateLabel": "待签收",
                     *           "warning": "none",
                     *           "newMaterial": false,
                     *           "receivedAt": "2026-06-15T01:20:31.000Z",
                     *           "linkDueAt": "2026-06-16T15:59:59.999Z",
                     *           "overallDueAt": "2026-07-06T15:59:59.999Z",
                     *           "currentUnit": {
                     *             "id": 2,
                     *             "name": "五华区群众诉求中心"
                     *           },
                     *           "complainant": {
                     *             "anonymous": false,
                     *             "name": "张**",
                     *             "phone": "138****3456"
                     *           },
                     *           "divisionCode": "530102001",
                     *           "returns": 0,
                     *           "supervisions": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: ({
                            caseNumber: string;
                            category: string | null;
                            /** @enum {string} */
                            channel: "web" | "hotline" | "phone" | "letter" | "visit" | "fax" | "proactive";
                            complainant: {
                                address?: string;
                                anonymous: boolean;
                                email?: string;
                                idNumber?: string;
                                name?: string;
                                phone?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            currentUnit: ({
                                id: number;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            divisionCode: string | null;
                            id: number;
                            linkDueAt: string | null;
                            newMaterial: boolean;
                            overallDueAt: string | null;
                            receivedAt: string;
                            returns: number;
                            /** @enum {string} */
                            state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                            stateLabel: string;
                            supervisions: number;
                            title: string | null;
                            /** @enum {string} */
                            type: "report" | "complaint" | "request" | "consultation" | "suggestion" | "proactive";
                            /** @enum {string} */
                            warning: "none" | "yellow" | "red";
                        } & {
                            [key: string]: unknown;
                        })[];
                        page: number;
                        pageSize: number;
                        total: number;
                        totalExact?: boolean;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCasesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1024 */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一件诉求（工作人员视图）/ A case as staff see it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1024,
                     *       "version": 2,
                     *       "caseNumber": "KM20260615000137",
                     *       "channel": "web",
                     *       "channelLabel": "互联网",
                     *       "type": "complaint",
                     *       "typeLabel": "投诉",
                     *       "urgency": "normal",
                     *       "urgencyLabel": "一般",
                     *       "title": "翠湖北路路灯不亮",
                     *       "content": "翠湖北路靠近圆通街口那一段的路灯坏了一个多星期了，晚上黑漆漆的，老人孩子出门很不安全，麻烦尽快派人修一下。",
                     *       "address": "五华区华山街道翠湖北路圆通街口",
                     *       "category": "urban_management",
                     *       "division": {
                     *         "code": "530102001",
                     *         "path": [
                     *           {
                     *             "code": "530100",
                     *             "name": "昆明市",
                     *             "level": "city"
                     *           },
                     *           {
                     *             "code": "530102",
                     *             "name": "五华区",
                     *             "level": "county"
                     *           },
                     *           {
                     *             "code": "530102001",
                     *             "name": "华山街道",
                     *             "level": "township"
                     *           }
                     *         ]
                     *       },
                     *       "receivedAt": "2026-06-15T01:20:31.000Z",
                     *       "anonymous": false,
                     *       "complainant": {
                     *         "name": "张**",
                     *         "phone": "138****3456"
                     *       },
                     *       "preferredChannel": "sms",
                     *       "possibleDuplicateOf": null,
                     *       "state": "assigned",
                     *       "stateLabel": "待签收",
                     *       "subState": null,
                     *       "warning": "none",
                     *       "warningLabel": "正常",
                     *       "rootUnit": {
                     *         "id": 1,
                     *         "name": "昆明市群众诉求中心",
                     *         "level": "city"
                     *       },
                     *       "currentUnit": {
                     *         "id": 2,
                     *         "name": "五华区群众诉求中心",
                     *         "level": "county"
                     *       },
                     *       "accusedUnit": null,
                     *       "deadlines": {
                     *         "link": "2026-06-16T15:59:59.999Z",
                     *         "linkStartedAt": "2026-06-15T02:05:12.000Z",
                     *         "overall": "2026-07-06T15:59:59.999Z"
                     *       },
                     *       "chain": [
                     *         {
                     *           "unit": {
                     *             "id": 2,
                     *             "name": "五华区群众诉求中心",
                     *             "level": "county"
                     *           },
                     *           "status": "assigned",
                     *           "assignedAt": "2026-06-15T02:05:12.000Z",
                     *           "signedAt": null,
                     *           "extensionDays": 0,
                     *           "extensionRequest": null,
                     *           "reply": null
                     *         }
                     *       ],
                     *       "chainHistory": [
                     *         {
                     *           "unit": {
                     *             "id": 2,
                     *             "name": "五华区群众诉求中心",
                     *             "level": "county"
                     *           },
                     *           "status": "assigned",
                     *           "assignedAt": "2026-06-15T02:05:12.000Z",
                     *           "signedAt": null,
                     *           "repliedAt": null,
                     *           "approvedAt": null,
                     *           "returnedAt": null,
                     *           "round": 0
                     *         }
                     *       ],
                     *       "mergedCases": [],
                     *       "counts": {
                     *         "returns": 0,
                     *         "redo": 0,
                     *         "supervisions": 0
                     *       },
                     *       "returns": [],
                     *       "supervisions": [],
                     *       "finalReply": null,
                     *       "feedback": null,
                     *       "evaluation": null,
                     *       "rejectReason": null,
                     *       "mergedInto": null,
                     *       "timeline": [
                     *         {
                     *           "version": 0,
                     *           "type": "RECEIVED",
                     *           "from": "new",
                     *           "to": "intake",
                     *           "at": "2026-06-15T01:20:31.000Z",
                     *           "actor": "诉求人",
                     *           "actorUnit": null,
                     *           "payload": {
                     *             "channel": "web"
                     *           },
                     *           "actorId": null
                     *         },
                     *         {
                     *           "version": null,
                     *           "type": "MATERIAL",
                     *           "from": null,
                     *           "to": null,
                     *           "at": "2026-06-15T01:32:08.000Z",
                     *           "actor": "诉求人",
                     *           "actorUnit": null,
                     *           "payload": {
                     *             "messageId": 88,
                     *             "text": "补充一下：坏的是翠湖北路12号门口往东数第三根灯杆，杆上编号 WH-017。",
                     *             "channel": "tracking",
                     *             "channelLabel": "网上进度查询页",
                     *             "attachments": []
                     *           }
                     *         },
                     *         {
                     *           "version": 1,
                     *           "type": "REGISTER",
                     *           "from": "intake",
                     *           "to": "triage",
                     *           "at": "2026-06-15T02:03:40.000Z",
                     *           "actor": "李晓梅",
                     *           "actorUnit": "昆明市群众诉求中心",
                     *           "payload": {
                     *             "category": "urban_management"
                     *           },
                     *           "actorId": 12
                     *         },
                     *         {
                     *           "version": 2,
                     *           "type": "DISPATCH",
                     *           "from": "triage",
                     *           "to": "assigned",
                     *           "at": "2026-06-15T02:05:12.000Z",
                     *           "actor": "李晓梅",
                     *           "actorUnit": "昆明市群众诉求中心",
                     *           "payload": {
                     *             "chain": [
                     *               2
                     *             ]
                     *           },
                     *           "actorId": 12
                     *         }
                     *       ],
                     *       "allowedEvents": [
                     *         "WITHDRAW"
                     *       ],
                     *       "extra": {},
                     *       "raisedBy": null,
                     *       "newMaterial": 0,
                     *       "parts": [],
                     *       "replyEvidence": [],
                     *       "material": [
                     *         {
                     *           "id": 88,
                     *           "at": "2026-06-15T01:32:08.000Z",
                     *           "channel": "tracking",
                     *           "channelLabel": "网上进度查询页",
                     *           "from": "诉求人",
                     *           "enteredBy": null,
                     *           "text": "补充一下：坏的是翠湖北路12号门口往东数第三根灯杆，杆上编号 WH-017。",
                     *           "attachments": [],
                     *           "read": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        accusedUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        address: string | null;
                        /** @description 当前用户此刻可发送的事件 / the events the user may send now */
                        allowedEvents: ("REGISTER" | "REJECT" | "MERGE" | "WITHDRAW" | "DISPATCH" | "ANSWER" | "SIGN" | "RETURN" | "DELEGATE" | "REQUEST_EXTENSION" | "APPROVE_EXTENSION" | "DENY_EXTENSION" | "SUBMIT_REPLY" | "APPROVE_REPLY" | "REJECT_REPLY" | "SEND_FEEDBACK" | "EVALUATE" | "DECIDE" | "FIND_UNTRUE" | "SUPERVISE" | "WARN" | "TIMEOUT" | "PART_SIGN" | "PART_RETURN" | "PART_SUBMIT" | "PART_REPLACE")[];
                        anonymous: boolean;
                        caseNumber: string;
                        category: string | null;
                        chain: ({
                            assignedAt: string;
                            extensionDays: number;
                            extensionRequest: ({
                                at: string;
                                reason: string;
                                workingDays: number;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            reply: ({
                                at: string;
                                resolved: boolean;
                                text: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "waiting" | "assigned" | "handling" | "review";
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        chainHistory: ({
                            approvedAt: string | null;
                            assignedAt: string;
                            repliedAt: string | null;
                            returnedAt: string | null;
                            round: number;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "waiting" | "assigned" | "handling" | "review" | "approved" | "returned" | "ended";
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @enum {string} */
                        channel: "web" | "hotline" | "phone" | "letter" | "visit" | "fax" | "proactive";
                        channelLabel: string;
                        complainant: ({
                            address?: string;
                            email?: string;
                            idNumber?: string;
                            name?: string;
                            phone?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        content: string | null;
                        counts: {
                            redo: number;
                            returns: number;
                            supervisions: number;
                        } & {
                            [key: string]: unknown;
                        };
                        currentUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        deadlines: {
                            link: string | null;
                            linkStartedAt: string | null;
                            overall: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                        division: {
                            code: string;
                            path: {
                                code: string;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            }[];
                        } | null;
                        evaluation: ({
                            at: string;
                            comment: string | null;
                            /** @enum {string} */
                            rating: "satisfied" | "basic" | "unsatisfied";
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        extra: {
                            [key: string]: unknown;
                        } | null;
                        feedback: ({
                            at: string;
                            channel: string;
                            text: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        finalReply: ({
                            at: string;
                            resolved: boolean;
                            text: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        id: number;
                        /** @description 并入本件的诉求 / cases merged into this one */
                        mergedCases: {
                            at: string;
                            caseNumber: string;
                            id: number;
                        }[];
                        mergedInto: number | null;
                        /** @description 本单位未读的补充材料 / added material the user's unit has not read */
                        newMaterial?: number;
                        /** @description 协办部分 / the assisting units' parts */
                        parts?: ({
                            assignedAt: string;
                            closedAt: string | null;
                            dueAt: string;
                            late: boolean;
                            leadUnit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            opinion: ({
                                at: string;
                                files: ({
                                    filename: string;
                                    id: number;
                                    mime: string;
                                    size: number;
                                    url: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                text: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description 已退回、尚未更换且属于当前承办单位（可更换协办单位）/ returned, not yet replaced, of the current lead: PART_REPLACE may name another unit for it */
                            replaceable: boolean;
                            replacedBy: number | null;
                            returnReason: string | null;
                            seq: number;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "assigned" | "handling" | "submitted" | "returned" | "lapsed" | "cancelled";
                            statusLabel: string;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        possibleDuplicateOf: {
                            caseNumber: string;
                            id: number;
                        } | null;
                        preferredChannel: ("sms" | "email" | "phone" | "letter") | null;
                        raisedBy?: ({
                            by: string | null;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        receivedAt: string | null;
                        rejectReason: string | null;
                        /** @description 办理佐证材料 / the replies' evidence files */
                        replyEvidence?: ({
                            addedAt: string;
                            addedBy: string | null;
                            addedByUnit: string | null;
                            filename: string;
                            id: number;
                            mime: string;
                            size: number;
                            url: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        returns: ({
                            at: string;
                            reason: string;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        rootUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        /** @enum {string} */
                        state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                        stateLabel: string;
                        subState: ("working" | "extensionRequested") | null;
                        supervisions: ({
                            at: string;
                            note: string;
                            userId: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        timeline: ({
                            actor: string | null;
                            actorId?: number | null;
                            actorUnit: string | null;
                            at: string;
                            from: string | null;
                            payload: {
                                [key: string]: unknown;
                            } | null;
                            to: string | null;
                            type: string;
                            version: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        title: string | null;
                        /** @enum {string} */
                        type: "report" | "complaint" | "request" | "consultation" | "suggestion" | "proactive";
                        typeLabel: string;
                        /** @enum {string} */
                        urgency: "normal" | "urgent" | "critical";
                        urgencyLabel: string;
                        version: number;
                        /** @enum {string} */
                        warning: "none" | "yellow" | "red";
                        warningLabel: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `case_not_found` 未找到该诉求 / No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCasesIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            createdAt: string;
                            filename: string;
                            id: number;
                            kind: string;
                            mime: string;
                            pages?: number;
                            pageUrls?: string[];
                            sha256: string;
                            size: number | null;
                            url: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `case_not_found` 未找到该诉求 / No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiCasesIdEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 1024 */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseEvent"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1024,
                     *       "version": 2,
                     *       "caseNumber": "KM20260615000137",
                     *       "channel": "web",
                     *       "channelLabel": "互联网",
                     *       "type": "complaint",
                     *       "typeLabel": "投诉",
                     *       "urgency": "normal",
                     *       "urgencyLabel": "一般",
                     *       "title": "翠湖北路路灯不亮",
                     *       "content": "翠湖北路靠近圆通街口那一段的路灯坏了一个多星期了，晚上黑漆漆的，老人孩子出门很不安全，麻烦尽快派人修一下。",
                     *       "address": "五华区华山街道翠湖北路圆通街口",
                     *       "category": "urban_management",
                     *       "division": {
                     *         "code": "530102001",
                     *         "path": [
                     *           {
                     *             "code": "530100",
                     *             "name": "昆明市",
                     *             "level": "city"
                     *           },
                     *           {
                     *             "code": "530102",
                     *             "name": "五华区",
                     *             "level": "county"
                     *           },
                     *           {
                     *             "code": "530102001",
                     *             "name": "华山街道",
                     *             "level": "township"
                     *           }
                     *         ]
                     *       },
                     *       "receivedAt": "2026-06-15T01:20:31.000Z",
                     *       "anonymous": false,
                     *       "complainant": {
                     *         "name": "张**",
                     *         "phone": "138****3456"
                     *       },
                     *       "preferredChannel": "sms",
                     *       "possibleDuplicateOf": null,
                     *       "state": "assigned",
                     *       "stateLabel": "待签收",
                     *       "subState": null,
                     *       "warning": "none",
                     *       "warningLabel": "正常",
                     *       "rootUnit": {
                     *         "id": 1,
                     *         "name": "昆明市群众诉求中心",
                     *         "level": "city"
                     *       },
                     *       "currentUnit": {
                     *         "id": 2,
                     *         "name": "五华区群众诉求中心",
                     *         "level": "county"
                     *       },
                     *       "accusedUnit": null,
                     *       "deadlines": {
                     *         "link": "2026-06-16T15:59:59.999Z",
                     *         "linkStartedAt": "2026-06-15T02:05:12.000Z",
                     *         "overall": "2026-07-06T15:59:59.999Z"
                     *       },
                     *       "chain": [
                     *         {
                     *           "unit": {
                     *             "id": 2,
                     *             "name": "五华区群众诉求中心",
                     *             "level": "county"
                     *           },
                     *           "status": "assigned",
                     *           "assignedAt": "2026-06-15T02:05:12.000Z",
                     *           "signedAt": null,
                     *           "extensionDays": 0,
                     *           "extensionRequest": null,
                     *           "reply": null
                     *         }
                     *       ],
                     *       "chainHistory": [
                     *         {
                     *           "unit": {
                     *             "id": 2,
                     *             "name": "五华区群众诉求中心",
                     *             "level": "county"
                     *           },
                     *           "status": "assigned",
                     *           "assignedAt": "2026-06-15T02:05:12.000Z",
                     *           "signedAt": null,
                     *           "repliedAt": null,
                     *           "approvedAt": null,
                     *           "returnedAt": null,
                     *           "round": 0
                     *         }
                     *       ],
                     *       "mergedCases": [],
                     *       "counts": {
                     *         "returns": 0,
                     *         "redo": 0,
                     *         "supervisions": 0
                     *       },
                     *       "returns": [],
                     *       "supervisions": [],
                     *       "finalReply": null,
                     *       "feedback": null,
                     *       "evaluation": null,
                     *       "rejectReason": null,
                     *       "mergedInto": null,
                     *       "timeline": [
                     *         {
                     *           "version": 0,
                     *           "type": "RECEIVED",
                     *           "from": "new",
                     *           "to": "intake",
                     *           "at": "2026-06-15T01:20:31.000Z",
                     *           "actor": "诉求人",
                     *           "actorUnit": null,
                     *           "payload": {
                     *             "channel": "web"
                     *           },
                     *           "actorId": null
                     *         },
                     *         {
                     *           "version": null,
                     *           "type": "MATERIAL",
                     *           "from": null,
                     *           "to": null,
                     *           "at": "2026-06-15T01:32:08.000Z",
                     *           "actor": "诉求人",
                     *           "actorUnit": null,
                     *           "payload": {
                     *             "messageId": 88,
                     *             "text": "补充一下：坏的是翠湖北路12号门口往东数第三根灯杆，杆上编号 WH-017。",
                     *             "channel": "tracking",
                     *             "channelLabel": "网上进度查询页",
                     *             "attachments": []
                     *           }
                     *         },
                     *         {
                     *           "version": 1,
                     *           "type": "REGISTER",
                     *           "from": "intake",
                     *           "to": "triage",
                     *           "at": "2026-06-15T02:03:40.000Z",
                     *           "actor": "李晓梅",
                     *           "actorUnit": "昆明市群众诉求中心",
                     *           "payload": {
                     *             "category": "urban_management"
                     *           },
                     *           "actorId": 12
                     *         },
                     *         {
                     *           "version": 2,
                     *           "type": "DISPATCH",
                     *           "from": "triage",
                     *           "to": "assigned",
                     *           "at": "2026-06-15T02:05:12.000Z",
                     *           "actor": "李晓梅",
                     *           "actorUnit": "昆明市群众诉求中心",
                     *           "payload": {
                     *             "chain": [
                     *               2
                     *             ]
                     *           },
                     *           "actorId": 12
                     *         }
                     *       ],
                     *       "allowedEvents": [
                     *         "WITHDRAW"
                     *       ],
                     *       "extra": {},
                     *       "raisedBy": null,
                     *       "newMaterial": 0,
                     *       "parts": [],
                     *       "replyEvidence": [],
                     *       "material": [
                     *         {
                     *           "id": 88,
                     *           "at": "2026-06-15T01:32:08.000Z",
                     *           "channel": "tracking",
                     *           "channelLabel": "网上进度查询页",
                     *           "from": "诉求人",
                     *           "enteredBy": null,
                     *           "text": "补充一下：坏的是翠湖北路12号门口往东数第三根灯杆，杆上编号 WH-017。",
                     *           "attachments": [],
                     *           "read": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": ({
                        accusedUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        address: string | null;
                        /** @description 当前用户此刻可发送的事件 / the events the user may send now */
                        allowedEvents: ("REGISTER" | "REJECT" | "MERGE" | "WITHDRAW" | "DISPATCH" | "ANSWER" | "SIGN" | "RETURN" | "DELEGATE" | "REQUEST_EXTENSION" | "APPROVE_EXTENSION" | "DENY_EXTENSION" | "SUBMIT_REPLY" | "APPROVE_REPLY" | "REJECT_REPLY" | "SEND_FEEDBACK" | "EVALUATE" | "DECIDE" | "FIND_UNTRUE" | "SUPERVISE" | "WARN" | "TIMEOUT" | "PART_SIGN" | "PART_RETURN" | "PART_SUBMIT" | "PART_REPLACE")[];
                        anonymous: boolean;
                        caseNumber: string;
                        category: string | null;
                        chain: ({
                            assignedAt: string;
                            extensionDays: number;
                            extensionRequest: ({
                                at: string;
                                reason: string;
                                workingDays: number;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            reply: ({
                                at: string;
                                resolved: boolean;
                                text: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "waiting" | "assigned" | "handling" | "review";
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        chainHistory: ({
                            approvedAt: string | null;
                            assignedAt: string;
                            repliedAt: string | null;
                            returnedAt: string | null;
                            round: number;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "waiting" | "assigned" | "handling" | "review" | "approved" | "returned" | "ended";
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @enum {string} */
                        channel: "web" | "hotline" | "phone" | "letter" | "visit" | "fax" | "proactive";
                        channelLabel: string;
                        complainant: ({
                            address?: string;
                            email?: string;
                            idNumber?: string;
                            name?: string;
                            phone?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        content: string | null;
                        counts: {
                            redo: number;
                            returns: number;
                            supervisions: number;
                        } & {
                            [key: string]: unknown;
                        };
                        currentUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        deadlines: {
                            link: string | null;
                            linkStartedAt: string | null;
                            overall: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                        division: {
                            code: string;
                            path: {
                                code: string;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            }[];
                        } | null;
                        evaluation: ({
                            at: string;
                            comment: string | null;
                            /** @enum {string} */
                            rating: "satisfied" | "basic" | "unsatisfied";
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        extra: {
                            [key: string]: unknown;
                        } | null;
                        feedback: ({
                            at: string;
                            channel: string;
                            text: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        finalReply: ({
                            at: string;
                            resolved: boolean;
                            text: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        id: number;
                        /** @description 并入本件的诉求 / cases merged into this one */
                        mergedCases: {
                            at: string;
                            caseNumber: string;
                            id: number;
                        }[];
                        mergedInto: number | null;
                        /** @description 本单位未读的补充材料 / added material the user's unit has not read */
                        newMaterial?: number;
                        /** @description 协办部分 / the assisting units' parts */
                        parts?: ({
                            assignedAt: string;
                            closedAt: string | null;
                            dueAt: string;
                            late: boolean;
                            leadUnit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            opinion: ({
                                at: string;
                                files: ({
                                    filename: string;
                                    id: number;
                                    mime: string;
                                    size: number;
                                    url: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                text: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description 已退回、尚未更换且属于当前承办单位（可更换协办单位）/ returned, not yet replaced, of the current lead: PART_REPLACE may name another unit for it */
                            replaceable: boolean;
                            replacedBy: number | null;
                            returnReason: string | null;
                            seq: number;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "assigned" | "handling" | "submitted" | "returned" | "lapsed" | "cancelled";
                            statusLabel: string;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        possibleDuplicateOf: {
                            caseNumber: string;
                            id: number;
                        } | null;
                        preferredChannel: ("sms" | "email" | "phone" | "letter") | null;
                        raisedBy?: ({
                            by: string | null;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        receivedAt: string | null;
                        rejectReason: string | null;
                        /** @description 办理佐证材料 / the replies' evidence files */
                        replyEvidence?: ({
                            addedAt: string;
                            addedBy: string | null;
                            addedByUnit: string | null;
                            filename: string;
                            id: number;
                            mime: string;
                            size: number;
                            url: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        returns: ({
                            at: string;
                            reason: string;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        rootUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        /** @enum {string} */
                        state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                        stateLabel: string;
                        subState: ("working" | "extensionRequested") | null;
                        supervisions: ({
                            at: string;
                            note: string;
                            userId: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        timeline: ({
                            actor: string | null;
                            actorId?: number | null;
                            actorUnit: string | null;
                            at: string;
                            from: string | null;
                            payload: {
                                [key: string]: unknown;
                            } | null;
                            to: string | null;
                            type: string;
                            version: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        title: string | null;
                        /** @enum {string} */
                        type: "report" | "complaint" | "request" | "consultation" | "suggestion" | "proactive";
                        typeLabel: string;
                        /** @enum {string} */
                        urgency: "normal" | "urgent" | "critical";
                        urgencyLabel: string;
                        version: number;
                        /** @enum {string} */
                        warning: "none" | "yellow" | "red";
                        warningLabel: string;
                    } & {
                        [key: string]: unknown;
                    }) | {
                        id: number;
                        state: string;
                        version: number;
                        /** @enum {boolean} */
                        visible: false;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_unit` 当前环节不由本单位办理 / This step belongs to another unit
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             *
             *     `recusal` 被举报单位及其下级须回避，且举报件须由被举报单位的上一级或更高层级办理 / The accused unit and the units below it must recuse themselves; a report is handled at least one level above the accused unit
             *
             *     `outside_jurisdiction` 超出本单位管辖范围 / Outside your unit's jurisdiction
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `case_not_found` 未找到该诉求 / No such case
             *
             *     `merge_target_not_found` 合并目标诉求不存在或不在本单位管辖范围内 / No case to merge into by that id within your jurisdiction
             *
             *     `unit_not_found` 未找到该承办单位 / No such unit
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `illegal_transition` 诉求当前状态不接受此操作 / The case's current state does not accept this event
             *
             *     `version_conflict` 诉求已被他人更新，请刷新后重试 / The case was changed by someone else; reload and try again
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `guard_failed` 不满足此操作的条件 / The conditions for this event are not met */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCasesIdKnowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 该诉求当场答复所用的条目 / The articles a call was answered from */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            articleId: number | null;
                            at: string;
                            kind: string;
                            title: string | null;
                            version: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiCasesIdLetterPosting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    postedAt: string;
                    registeredMailNumber: string;
                };
            };
        };
        responses: {
            /** @description 一件诉求（工作人员视图）/ A case as staff see it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accusedUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        address: string | null;
                        /** @description 当前用户此刻可发送的事件 / the events the user may send now */
                        allowedEvents: ("REGISTER" | "REJECT" | "MERGE" | "WITHDRAW" | "DISPATCH" | "ANSWER" | "SIGN" | "RETURN" | "DELEGATE" | "REQUEST_EXTENSION" | "APPROVE_EXTENSION" | "DENY_EXTENSION" | "SUBMIT_REPLY" | "APPROVE_REPLY" | "REJECT_REPLY" | "SEND_FEEDBACK" | "EVALUATE" | "DECIDE" | "FIND_UNTRUE" | "SUPERVISE" | "WARN" | "TIMEOUT" | "PART_SIGN" | "PART_RETURN" | "PART_SUBMIT" | "PART_REPLACE")[];
                        anonymous: boolean;
                        caseNumber: string;
                        category: string | null;
                        chain: ({
                            assignedAt: string;
                            extensionDays: number;
                            extensionRequest: ({
                                at: string;
                                reason: string;
                                workingDays: number;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            reply: ({
                                at: string;
                                resolved: boolean;
                                text: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "waiting" | "assigned" | "handling" | "review";
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        chainHistory: ({
                            approvedAt: string | null;
                            assignedAt: string;
                            repliedAt: string | null;
                            returnedAt: string | null;
                            round: number;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "waiting" | "assigned" | "handling" | "review" | "approved" | "returned" | "ended";
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @enum {string} */
                        channel: "web" | "hotline" | "phone" | "letter" | "visit" | "fax" | "proactive";
                        channelLabel: string;
                        complainant: ({
                            address?: string;
                            email?: string;
                            idNumber?: string;
                            name?: string;
                            phone?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        content: string | null;
                        counts: {
                            redo: number;
                            returns: number;
                            supervisions: number;
                        } & {
                            [key: string]: unknown;
                        };
                        currentUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        deadlines: {
                            link: string | null;
                            linkStartedAt: string | null;
                            overall: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                        division: {
                            code: string;
                            path: {
                                code: string;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            }[];
                        } | null;
                        evaluation: ({
                            at: string;
                            comment: string | null;
                            /** @enum {string} */
                            rating: "satisfied" | "basic" | "unsatisfied";
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        extra: {
                            [key: string]: unknown;
                        } | null;
                        feedback: ({
                            at: string;
                            channel: string;
                            text: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        finalReply: ({
                            at: string;
                            resolved: boolean;
                            text: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        id: number;
                        /** @description 并入本件的诉求 / cases merged into this one */
                        mergedCases: {
                            at: string;
                            caseNumber: string;
                            id: number;
                        }[];
                        mergedInto: number | null;
                        /** @description 本单位未读的补充材料 / added material the user's unit has not read */
                        newMaterial?: number;
                        /** @description 协办部分 / the assisting units' parts */
                        parts?: ({
                            assignedAt: string;
                            closedAt: string | null;
                            dueAt: string;
                            late: boolean;
                            leadUnit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            opinion: ({
                                at: string;
                                files: ({
                                    filename: string;
                                    id: number;
                                    mime: string;
                                    size: number;
                                    url: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                text: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description 已退回、尚未更换且属于当前承办单位（可更换协办单位）/ returned, not yet replaced, of the current lead: PART_REPLACE may name another unit for it */
                            replaceable: boolean;
                            replacedBy: number | null;
                            returnReason: string | null;
                            seq: number;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "assigned" | "handling" | "submitted" | "returned" | "lapsed" | "cancelled";
                            statusLabel: string;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        possibleDuplicateOf: {
                            caseNumber: string;
                            id: number;
                        } | null;
                        preferredChannel: ("sms" | "email" | "phone" | "letter") | null;
                        raisedBy?: ({
                            by: string | null;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        receivedAt: string | null;
                        rejectReason: string | null;
                        /** @description 办理佐证材料 / the replies' evidence files */
                        replyEvidence?: ({
                            addedAt: string;
                            addedBy: string | null;
                            addedByUnit: string | null;
                            filename: string;
                            id: number;
                            mime: string;
                            size: number;
                            url: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        returns: ({
                            at: string;
                            reason: string;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        rootUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        /** @enum {string} */
                        state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                        stateLabel: string;
                        subState: ("working" | "extensionRequested") | null;
                        supervisions: ({
                            at: string;
                            note: string;
                            userId: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        timeline: ({
                            actor: string | null;
                            actorId?: number | null;
                            actorUnit: string | null;
                            at: string;
                            from: string | null;
                            payload: {
                                [key: string]: unknown;
                            } | null;
                            to: string | null;
                            type: string;
                            version: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        title: string | null;
                        /** @enum {string} */
                        type: "report" | "complaint" | "request" | "consultation" | "suggestion" | "proactive";
                        typeLabel: string;
                        /** @enum {string} */
                        urgency: "normal" | "urgent" | "critical";
                        urgencyLabel: string;
                        version: number;
                        /** @enum {string} */
                        warning: "none" | "yellow" | "red";
                        warningLabel: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `case_not_found` 未找到该诉求 / No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `no_result_yet` 该诉求尚无可答复的办理结果 / The case has no approved result to send yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCasesIdMails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            error?: string | null;
                            id: number;
                            outcome?: string | null;
                            receivedAt: string;
                            size: number;
                            url: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `case_not_found` 未找到该诉求 / No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCasesIdMailsMailId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                mailId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 原始邮件（.eml）/ The raw mail (.eml) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "message/rfc822": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `case_not_found` 未找到该诉求 / No such case
             *
             *     `not_found` 未找到 / Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCasesIdMaterial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            at: string;
                            read: boolean;
                        } & {
                            [key: string]: unknown;
                        })[];
                        unread: number;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `case_not_found` 未找到该诉求 / No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiCasesIdMaterialRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    upTo?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lastMessageId: number;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `case_not_found` 未找到该诉求 / No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCasesIdMergeCandidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 可合并的诉求 / Cases this one may be merged with */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            caseNumber: string;
                            id: number;
                            receivedAt: string;
                            samePerson: boolean;
                            similarity: number;
                            state: string;
                            title: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiCasesIdNotices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    requiredAction: string;
                    unitId: number;
                    workingDays: number;
                };
            };
        };
        responses: {
            /** @description 督办单 / A supervision notice */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer?: string | null;
                        answeredAt: string | null;
                        automatic: boolean;
                        caseId: number;
                        caseNumber: string;
                        createdAt: string | null;
                        dueAt: string | null;
                        id: number;
                        /** @description 签发人（单件查看时）/ issuer (one notice) */
                        issuer?: string;
                        /** @description 签发单位（单件查看时）/ issuing unit (one notice) */
                        issuerUnit?: string;
                        number: string;
                        reason: string;
                        requiredAction: string;
                        /** @enum {string} */
                        status: "issued" | "acknowledged" | "answered" | "escalated";
                        statusLabel: string;
                        unit: {
                            id: number;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCasesIdPartsFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 协办佐证材料 / The parts' evidence files */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            filename: string;
                            id: number;
                            url: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiCasesIdPartsOpinion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
                "multipart/form-data": {
                    /** @description 与 JSON 请求体相同的内容（JSON 文本）/ the same JSON as the JSON body, as text */
                    data: string;
                    /** @description 附件，最多10个，按内容检查类型 / up to 10 files, typed by their content: 照片、PDF 等佐证材料 / photos, PDF … as evidence */
                    files?: string[];
                };
            };
        };
        responses: {
            /** @description 一件诉求（工作人员视图）/ A case as staff see it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accusedUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        address: string | null;
                        /** @description 当前用户此刻可发送的事件 / the events the user may send now */
                        allowedEvents: ("REGISTER" | "REJECT" | "MERGE" | "WITHDRAW" | "DISPATCH" | "ANSWER" | "SIGN" | "RETURN" | "DELEGATE" | "REQUEST_EXTENSION" | "APPROVE_EXTENSION" | "DENY_EXTENSION" | "SUBMIT_REPLY" | "APPROVE_REPLY" | "REJECT_REPLY" | "SEND_FEEDBACK" | "EVALUATE" | "DECIDE" | "FIND_UNTRUE" | "SUPERVISE" | "WARN" | "TIMEOUT" | "PART_SIGN" | "PART_RETURN" | "PART_SUBMIT" | "PART_REPLACE")[];
                        anonymous: boolean;
                        caseNumber: string;
                        category: string | null;
                        chain: ({
                            assignedAt: string;
                            extensionDays: number;
                            extensionRequest: ({
                                at: string;
                                reason: string;
                                workingDays: number;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            reply: ({
                                at: string;
                                resolved: boolean;
                                text: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "waiting" | "assigned" | "handling" | "review";
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        chainHistory: ({
                            approvedAt: string | null;
                            assignedAt: string;
                            repliedAt: string | null;
                            returnedAt: string | null;
                            round: number;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "waiting" | "assigned" | "handling" | "review" | "approved" | "returned" | "ended";
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @enum {string} */
                        channel: "web" | "hotline" | "phone" | "letter" | "visit" | "fax" | "proactive";
                        channelLabel: string;
                        complainant: ({
                            address?: string;
                            email?: string;
                            idNumber?: string;
                            name?: string;
                            phone?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        content: string | null;
                        counts: {
                            redo: number;
                            returns: number;
                            supervisions: number;
                        } & {
                            [key: string]: unknown;
                        };
                        currentUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        deadlines: {
                            link: string | null;
                            linkStartedAt: string | null;
                            overall: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                        division: {
                            code: string;
                            path: {
                                code: string;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            }[];
                        } | null;
                        evaluation: ({
                            at: string;
                            comment: string | null;
                            /** @enum {string} */
                            rating: "satisfied" | "basic" | "unsatisfied";
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        extra: {
                            [key: string]: unknown;
                        } | null;
                        feedback: ({
                            at: string;
                            channel: string;
                            text: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        finalReply: ({
                            at: string;
                            resolved: boolean;
                            text: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        id: number;
                        /** @description 并入本件的诉求 / cases merged into this one */
                        mergedCases: {
                            at: string;
                            caseNumber: string;
                            id: number;
                        }[];
                        mergedInto: number | null;
                        /** @description 本单位未读的补充材料 / added material the user's unit has not read */
                        newMaterial?: number;
                        /** @description 协办部分 / the assisting units' parts */
                        parts?: ({
                            assignedAt: string;
                            closedAt: string | null;
                            dueAt: string;
                            late: boolean;
                            leadUnit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            opinion: ({
                                at: string;
                                files: ({
                                    filename: string;
                                    id: number;
                                    mime: string;
                                    size: number;
                                    url: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                text: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description 已退回、尚未更换且属于当前承办单位（可更换协办单位）/ returned, not yet replaced, of the current lead: PART_REPLACE may name another unit for it */
                            replaceable: boolean;
                            replacedBy: number | null;
                            returnReason: string | null;
                            seq: number;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "assigned" | "handling" | "submitted" | "returned" | "lapsed" | "cancelled";
                            statusLabel: string;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        possibleDuplicateOf: {
                            caseNumber: string;
                            id: number;
                        } | null;
                        preferredChannel: ("sms" | "email" | "phone" | "letter") | null;
                        raisedBy?: ({
                            by: string | null;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        receivedAt: string | null;
                        rejectReason: string | null;
                        /** @description 办理佐证材料 / the replies' evidence files */
                        replyEvidence?: ({
                            addedAt: string;
                            addedBy: string | null;
                            addedByUnit: string | null;
                            filename: string;
                            id: number;
                            mime: string;
                            size: number;
                            url: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        returns: ({
                            at: string;
                            reason: string;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        rootUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        /** @enum {string} */
                        state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                        stateLabel: string;
                        subState: ("working" | "extensionRequested") | null;
                        supervisions: ({
                            at: string;
                            note: string;
                            userId: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        timeline: ({
                            actor: string | null;
                            actorId?: number | null;
                            actorUnit: string | null;
                            at: string;
                            from: string | null;
                            payload: {
                                [key: string]: unknown;
                            } | null;
                            to: string | null;
                            type: string;
                            version: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        title: string | null;
                        /** @enum {string} */
                        type: "report" | "complaint" | "request" | "consultation" | "suggestion" | "proactive";
                        typeLabel: string;
                        /** @enum {string} */
                        urgency: "normal" | "urgent" | "critical";
                        urgencyLabel: string;
                        version: number;
                        /** @enum {string} */
                        warning: "none" | "yellow" | "red";
                        warningLabel: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             *
             *     `bad_multipart` 上传的表单不完整或格式错误 / The multipart form is incomplete or malformed
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_unit` 当前环节不由本单位办理 / This step belongs to another unit
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             *
             *     `recusal` 被举报单位及其下级须回避，且举报件须由被举报单位的上一级或更高层级办理 / The accused unit and the units below it must recuse themselves; a report is handled at least one level above the accused unit
             *
             *     `outside_jurisdiction` 超出本单位管辖范围 / Outside your unit's jurisdiction
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `case_not_found` 未找到该诉求 / No such case
             *
             *     `merge_target_not_found` 合并目标诉求不存在或不在本单位管辖范围内 / No case to merge into by that id within your jurisdiction
             *
             *     `unit_not_found` 未找到该承办单位 / No such unit
             *
             *     `division_not_found` 未找到该行政区划 / No such division
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `illegal_transition` 诉求当前状态不接受此操作 / The case's current state does not accept this event
             *
             *     `version_conflict` 诉求已被他人更新，请刷新后重试 / The case was changed by someone else; reload and try again
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `file_too_large` 文件过大 / File too large
             *
             *     `too_many_files` 文件过多 / Too many files
             *
             *     `request_too_large` 上传内容过大 / Upload too large
             *
             *     `too_many_parts` 表单字段过多 / Too many form fields
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `unsupported_file_type` 不支持的文件类型 / Unsupported file type
             *
             *     `unsupported_media_type` 请以 multipart/form-data 或 JSON 提交 / Send multipart/form-data or JSON
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `guard_failed` 不满足此操作的条件 / The conditions for this event are not met
             *
             *     `idempotency_mismatch` 该幂等键（Idempotency-Key / 外部编号）已用于另一份不同的提交 / This Idempotency-Key (or external id) was already used for a different submission
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later
             *
             *     `too_many_uploads` 同时上传过多：请等待正在进行的上传完成 / Too many uploads at once: wait for the ones under way
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiCasesIdPinReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reset: boolean;
                        sentTo: string;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             *
             *     `pin_reset_not_here` 查询密码只能由受理中心的登记员或派单员重置 / Only the receiving centre's clerks and dispatchers reset a PIN
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `case_not_found` 未找到该诉求 / No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `pin_reset_no_channel` 诉求人没有可接收新查询密码的手机或电子邮箱，请核实身份后由诉求人重新提交 / The complainant has no phone or e-mail to receive a new PIN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCasesIdProactiveLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 主动治理任务关联的诉求，及诉求所属的主动治理任务（仅本人可见者）/ Linked cases and tasks the viewer may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cases: {
                            caseNumber: string;
                            category: string | null;
                            id: number;
                            /** Format: date-time */
                            receivedAt: string;
                            state: string;
                            stateLabel: string;
                            type: string;
                        }[];
                        tasks: {
                            caseNumber: string;
                            id: number;
                            state: string;
                        }[];
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCasesIdProcessChart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 办理流程图 / The process chart */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        current?: string | null;
                        /** @description 每一步由谁办理、时限与分办规则 / who acts at each step, its deadline and routing rules */
                        panel: ({
                            key: string;
                            lines: string[];
                            title: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description 流程图（SVG）/ the chart as SVG */
                        svg: string;
                        title: string;
                        type: string;
                        types: ({
                            label: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCasesIdPublicSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 公开摘要 / The public summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedAt: string | null;
                        approvedBy: {
                            id: number;
                            name: string;
                        } | null;
                        text: string | null;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `case_not_found` 未找到该诉求 / No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApiCasesIdPublicSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description 公开摘要 / The public summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedAt: string | null;
                        approvedBy: {
                            id: number;
                            name: string;
                        } | null;
                        text: string | null;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             *
             *     `summary_personal_data` 公开摘要不能含有电话号码、身份证号码或电子邮箱 / A public summary may not hold a phone number, an ID number or an e-mail address
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `case_not_found` 未找到该诉求 / No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `report_not_public` 举报件不公开，不能设置公开摘要 / A report is never published: it takes no public summary */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiCasesIdPublicSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已撤下 / withdrawn */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `case_not_found` 未找到该诉求 / No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCasesIdReaders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 举报件的查阅记录 / Who read a report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: number;
                        caseNumber: string;
                        readers: {
                            [key: string]: unknown;
                        }[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `case_not_found` 未找到该诉求 / No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCasesIdReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 可打印的回执（HTML）/ The printable receipt (HTML) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `case_not_found` 未找到该诉求 / No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiCasesIdReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    pin: string;
                };
            };
        };
        responses: {
            /** @description 可打印的回执（HTML）/ The printable receipt (HTML) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `pin_reset_not_here` 查询密码只能由受理中心的登记员或派单员重置 / Only the receiving centre's clerks and dispatchers reset a PIN
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `case_not_found` 未找到该诉求 / No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiCasesIdReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    expectedVersion?: number;
                    resolved: boolean;
                    text: string;
                };
                "multipart/form-data": {
                    /** @description 与 JSON 请求体相同的内容（JSON 文本）/ the same JSON as the JSON body, as text */
                    data: string;
                    /** @description 附件，最多10个，按内容检查类型 / up to 10 files, typed by their content: 照片、PDF 等佐证材料 / photos, PDF … as evidence */
                    files?: string[];
                };
            };
        };
        responses: {
            /** @description 一件诉求（工作人员视图）/ A case as staff see it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accusedUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        address: string | null;
                        /** @description 当前用户此刻可发送的事件 / the events the user may send now */
                        allowedEvents: ("REGISTER" | "REJECT" | "MERGE" | "WITHDRAW" | "DISPATCH" | "ANSWER" | "SIGN" | "RETURN" | "DELEGATE" | "REQUEST_EXTENSION" | "APPROVE_EXTENSION" | "DENY_EXTENSION" | "SUBMIT_REPLY" | "APPROVE_REPLY" | "REJECT_REPLY" | "SEND_FEEDBACK" | "EVALUATE" | "DECIDE" | "FIND_UNTRUE" | "SUPERVISE" | "WARN" | "TIMEOUT" | "PART_SIGN" | "PART_RETURN" | "PART_SUBMIT" | "PART_REPLACE")[];
                        anonymous: boolean;
                        caseNumber: string;
                        category: string | null;
                        chain: ({
                            assignedAt: string;
                            extensionDays: number;
                            extensionRequest: ({
                                at: string;
                                reason: string;
                                workingDays: number;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            reply: ({
                                at: string;
                                resolved: boolean;
                                text: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "waiting" | "assigned" | "handling" | "review";
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        chainHistory: ({
                            approvedAt: string | null;
                            assignedAt: string;
                            repliedAt: string | null;
                            returnedAt: string | null;
                            round: number;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "waiting" | "assigned" | "handling" | "review" | "approved" | "returned" | "ended";
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @enum {string} */
                        channel: "web" | "hotline" | "phone" | "letter" | "visit" | "fax" | "proactive";
                        channelLabel: string;
                        complainant: ({
                            address?: string;
                            email?: string;
                            idNumber?: string;
                            name?: string;
                            phone?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        content: string | null;
                        counts: {
                            redo: number;
                            returns: number;
                            supervisions: number;
                        } & {
                            [key: string]: unknown;
                        };
                        currentUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        deadlines: {
                            link: string | null;
                            linkStartedAt: string | null;
                            overall: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                        division: {
                            code: string;
                            path: {
                                code: string;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            }[];
                        } | null;
                        evaluation: ({
                            at: string;
                            comment: string | null;
                            /** @enum {string} */
                            rating: "satisfied" | "basic" | "unsatisfied";
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        extra: {
                            [key: string]: unknown;
                        } | null;
                        feedback: ({
                            at: string;
                            channel: string;
                            text: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        finalReply: ({
                            at: string;
                            resolved: boolean;
                            text: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        id: number;
                        /** @description 并入本件的诉求 / cases merged into this one */
                        mergedCases: {
                            at: string;
                            caseNumber: string;
                            id: number;
                        }[];
                        mergedInto: number | null;
                        /** @description 本单位未读的补充材料 / added material the user's unit has not read */
                        newMaterial?: number;
                        /** @description 协办部分 / the assisting units' parts */
                        parts?: ({
                            assignedAt: string;
                            closedAt: string | null;
                            dueAt: string;
                            late: boolean;
                            leadUnit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            opinion: ({
                                at: string;
                                files: ({
                                    filename: string;
                                    id: number;
                                    mime: string;
                                    size: number;
                                    url: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                text: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description 已退回、尚未更换且属于当前承办单位（可更换协办单位）/ returned, not yet replaced, of the current lead: PART_REPLACE may name another unit for it */
                            replaceable: boolean;
                            replacedBy: number | null;
                            returnReason: string | null;
                            seq: number;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "assigned" | "handling" | "submitted" | "returned" | "lapsed" | "cancelled";
                            statusLabel: string;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        possibleDuplicateOf: {
                            caseNumber: string;
                            id: number;
                        } | null;
                        preferredChannel: ("sms" | "email" | "phone" | "letter") | null;
                        raisedBy?: ({
                            by: string | null;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        receivedAt: string | null;
                        rejectReason: string | null;
                        /** @description 办理佐证材料 / the replies' evidence files */
                        replyEvidence?: ({
                            addedAt: string;
                            addedBy: string | null;
                            addedByUnit: string | null;
                            filename: string;
                            id: number;
                            mime: string;
                            size: number;
                            url: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        returns: ({
                            at: string;
                            reason: string;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        rootUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        /** @enum {string} */
                        state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                        stateLabel: string;
                        subState: ("working" | "extensionRequested") | null;
                        supervisions: ({
                            at: string;
                            note: string;
                            userId: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        timeline: ({
                            actor: string | null;
                            actorId?: number | null;
                            actorUnit: string | null;
                            at: string;
                            from: string | null;
                            payload: {
                                [key: string]: unknown;
                            } | null;
                            to: string | null;
                            type: string;
                            version: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        title: string | null;
                        /** @enum {string} */
                        type: "report" | "complaint" | "request" | "consultation" | "suggestion" | "proactive";
                        typeLabel: string;
                        /** @enum {string} */
                        urgency: "normal" | "urgent" | "critical";
                        urgencyLabel: string;
                        version: number;
                        /** @enum {string} */
                        warning: "none" | "yellow" | "red";
                        warningLabel: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             *
             *     `bad_multipart` 上传的表单不完整或格式错误 / The multipart form is incomplete or malformed
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_unit` 当前环节不由本单位办理 / This step belongs to another unit
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             *
             *     `recusal` 被举报单位及其下级须回避，且举报件须由被举报单位的上一级或更高层级办理 / The accused unit and the units below it must recuse themselves; a report is handled at least one level above the accused unit
             *
             *     `outside_jurisdiction` 超出本单位管辖范围 / Outside your unit's jurisdiction
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `case_not_found` 未找到该诉求 / No such case
             *
             *     `merge_target_not_found` 合并目标诉求不存在或不在本单位管辖范围内 / No case to merge into by that id within your jurisdiction
             *
             *     `unit_not_found` 未找到该承办单位 / No such unit
             *
             *     `division_not_found` 未找到该行政区划 / No such division
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `illegal_transition` 诉求当前状态不接受此操作 / The case's current state does not accept this event
             *
             *     `version_conflict` 诉求已被他人更新，请刷新后重试 / The case was changed by someone else; reload and try again
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `file_too_large` 文件过大 / File too large
             *
             *     `too_many_files` 文件过多 / Too many files
             *
             *     `request_too_large` 上传内容过大 / Upload too large
             *
             *     `too_many_parts` 表单字段过多 / Too many form fields
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `unsupported_file_type` 不支持的文件类型 / Unsupported file type
             *
             *     `unsupported_media_type` 请以 multipart/form-data 或 JSON 提交 / Send multipart/form-data or JSON
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `guard_failed` 不满足此操作的条件 / The conditions for this event are not met
             *
             *     `idempotency_mismatch` 该幂等键（Idempotency-Key / 外部编号）已用于另一份不同的提交 / This Idempotency-Key (or external id) was already used for a different submission
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later
             *
             *     `too_many_uploads` 同时上传过多：请等待正在进行的上传完成 / Too many uploads at once: wait for the ones under way
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCasesIdReplyLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 可打印的答复函（HTML）/ The printable reply letter (HTML) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `case_not_found` 未找到该诉求 / No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `no_result_yet` 该诉求尚无可答复的办理结果 / The case has no approved result to send yet
             *
             *     `no_postal_address` 诉求人未留姓名和通信地址，无法书面答复（匿名诉求只能凭查询码查询） / The complainant left no name and postal address; an anonymous complainant is reached only through the tracking code
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiCasesIdReveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    field: "name" | "phone" | "email" | "idNumber" | "address";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        field: string;
                        value: string;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `case_not_found` 未找到该诉求 / No such case
             *
             *     `not_found` 未找到 / Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCasesIdRouting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 建议的交办链 / The suggested chain */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        category: string | null;
                        chain: ({
                            divisionCode: string;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                            unitId: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        fallback: boolean;
                        /** @enum {string} */
                        handlingLevel: "city" | "county" | "township" | "village";
                        notes: string[];
                        ruleLevel: ("city" | "county" | "township" | "village") | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `case_not_found` 未找到该诉求 / No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiCasesIdTranscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accusedUnitId?: number;
                    address?: string;
                    category?: string;
                    complainant: {
                        /** @enum {boolean} */
                        anonymous: true;
                    } | {
                        address?: string;
                        /** @enum {boolean} */
                        anonymous: false;
                        email?: string;
                        idNumber?: string;
                        name: string;
                        phone?: string;
                    };
                    content: string;
                    divisionCode?: string;
                    preferredChannel?: "sms" | "email" | "phone" | "letter";
                    title?: string;
                    type: "report" | "complaint" | "request" | "consultation" | "suggestion";
                    urgency?: "normal" | "urgent" | "critical";
                } & {
                    register?: {
                        category: string;
                    };
                    useFaxNumberAsPhone?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        accusedUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        address: string | null;
                        /** @description 当前用户此刻可发送的事件 / the events the user may send now */
                        allowedEvents: ("REGISTER" | "REJECT" | "MERGE" | "WITHDRAW" | "DISPATCH" | "ANSWER" | "SIGN" | "RETURN" | "DELEGATE" | "REQUEST_EXTENSION" | "APPROVE_EXTENSION" | "DENY_EXTENSION" | "SUBMIT_REPLY" | "APPROVE_REPLY" | "REJECT_REPLY" | "SEND_FEEDBACK" | "EVALUATE" | "DECIDE" | "FIND_UNTRUE" | "SUPERVISE" | "WARN" | "TIMEOUT" | "PART_SIGN" | "PART_RETURN" | "PART_SUBMIT" | "PART_REPLACE")[];
                        anonymous: boolean;
                        caseNumber: string;
                        category: string | null;
                        chain: ({
                            assignedAt: string;
                            extensionDays: number;
                            extensionRequest: ({
                                at: string;
                                reason: string;
                                workingDays: number;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            reply: ({
                                at: string;
                                resolved: boolean;
                                text: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "waiting" | "assigned" | "handling" | "review";
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        chainHistory: ({
                            approvedAt: string | null;
                            assignedAt: string;
                            repliedAt: string | null;
                            returnedAt: string | null;
                            round: number;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "waiting" | "assigned" | "handling" | "review" | "approved" | "returned" | "ended";
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @enum {string} */
                        channel: "web" | "hotline" | "phone" | "letter" | "visit" | "fax" | "proactive";
                        channelLabel: string;
                        complainant: ({
                            address?: string;
                            email?: string;
                            idNumber?: string;
                            name?: string;
                            phone?: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        content: string | null;
                        counts: {
                            redo: number;
                            returns: number;
                            supervisions: number;
                        } & {
                            [key: string]: unknown;
                        };
                        currentUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        deadlines: {
                            link: string | null;
                            linkStartedAt: string | null;
                            overall: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                        division: {
                            code: string;
                            path: {
                                code: string;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            }[];
                        } | null;
                        evaluation: ({
                            at: string;
                            comment: string | null;
                            /** @enum {string} */
                            rating: "satisfied" | "basic" | "unsatisfied";
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        extra: {
                            [key: string]: unknown;
                        } | null;
                        feedback: ({
                            at: string;
                            channel: string;
                            text: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        finalReply: ({
                            at: string;
                            resolved: boolean;
                            text: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        id: number;
                        /** @description 并入本件的诉求 / cases merged into this one */
                        mergedCases: {
                            at: string;
                            caseNumber: string;
                            id: number;
                        }[];
                        mergedInto: number | null;
                        /** @description 本单位未读的补充材料 / added material the user's unit has not read */
                        newMaterial?: number;
                        /** @description 协办部分 / the assisting units' parts */
                        parts?: ({
                            assignedAt: string;
                            closedAt: string | null;
                            dueAt: string;
                            late: boolean;
                            leadUnit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            opinion: ({
                                at: string;
                                files: ({
                                    filename: string;
                                    id: number;
                                    mime: string;
                                    size: number;
                                    url: string;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                text: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                            /** @description 已退回、尚未更换且属于当前承办单位（可更换协办单位）/ returned, not yet replaced, of the current lead: PART_REPLACE may name another unit for it */
                            replaceable: boolean;
                            replacedBy: number | null;
                            returnReason: string | null;
                            seq: number;
                            signedAt: string | null;
                            /** @enum {string} */
                            status: "assigned" | "handling" | "submitted" | "returned" | "lapsed" | "cancelled";
                            statusLabel: string;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        possibleDuplicateOf: {
                            caseNumber: string;
                            id: number;
                        } | null;
                        preferredChannel: ("sms" | "email" | "phone" | "letter") | null;
                        raisedBy?: ({
                            by: string | null;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        receivedAt: string | null;
                        rejectReason: string | null;
                        /** @description 办理佐证材料 / the replies' evidence files */
                        replyEvidence?: ({
                            addedAt: string;
                            addedBy: string | null;
                            addedByUnit: string | null;
                            filename: string;
                            id: number;
                            mime: string;
                            size: number;
                            url: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        returns: ({
                            at: string;
                            reason: string;
                            unit: ({
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        rootUnit: ({
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        /** @enum {string} */
                        state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                        stateLabel: string;
                        subState: ("working" | "extensionRequested") | null;
                        supervisions: ({
                            at: string;
                            note: string;
                            userId: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        timeline: ({
                            actor: string | null;
                            actorId?: number | null;
                            actorUnit: string | null;
                            at: string;
                            from: string | null;
                            payload: {
                                [key: string]: unknown;
                            } | null;
                            to: string | null;
                            type: string;
                            version: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        title: string | null;
                        /** @enum {string} */
                        type: "report" | "complaint" | "request" | "consultation" | "suggestion" | "proactive";
                        typeLabel: string;
                        /** @enum {string} */
                        urgency: "normal" | "urgent" | "critical";
                        urgencyLabel: string;
                        version: number;
                        /** @enum {string} */
                        warning: "none" | "yellow" | "red";
                        warningLabel: string;
                    } & {
                        [key: string]: unknown;
                    }) | {
                        id: number;
                        /** @enum {boolean} */
                        visible: false;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `case_not_found` 未找到该诉求 / No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `not_a_fax` 只有传真件需要转录 / Only a fax is transcribed
             *
             *     `already_registered` 该传真已受理，不能再转录 / The fax has been registered already; it can no longer be transcribed
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCasesIdWorkOrder: {
        parameters: {
            query?: {
                format?: "html" | "pdf";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 工单（A4 打印页或 PDF）/ The work order on A4 (printable page or PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "text/html": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiCasesBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    caseIds: number[];
                    chain: number[];
                    /** @enum {string} */
                    type: "DISPATCH";
                } | {
                    caseIds: number[];
                    note: string;
                    /** @enum {string} */
                    type: "SUPERVISE";
                };
            };
        };
        responses: {
            /** @description 批量操作结果 / A batch's answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        done: number;
                        failed: number;
                        results: ({
                            code?: string;
                            id: number;
                            message?: string;
                            messageEn?: string;
                            ok: boolean;
                            state?: string;
                            status?: number;
                            version?: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCasesExport: {
        parameters: {
            query: {
                category?: string;
                channel?: string;
                format: "xlsx" | "csv";
                from?: string;
                q?: string;
                queue?: "mine" | "unit" | "overdue" | "warning" | "supervised" | "all";
                state?: string;
                to?: string;
                type?: string;
                unit?: number;
                warning?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 导出文件（.xlsx 或 CSV，逐行写出）/ The exported file (.xlsx or CSV, streamed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCatalogue: {
        parameters: {
            query?: {
                all?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            active: boolean;
                            code: string;
                            /** @description 1 一级, 2 二级, 3 三级 */
                            depth: number;
                            handlingLevel: ("city" | "county" | "township" | "village") | null;
                            keywords: string;
                            label: string;
                            labelEn: string | null;
                            parentCode: string | null;
                            path: string[];
                            pathLabels: string[];
                            pathLabelsEn: string[];
                            routingFrom: string | null;
                            routingLevel: ("city" | "county" | "township" | "village") | null;
                            sort: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCatalogueCode: {
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
            /** @description 分类目录条目 / A catalogue entry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        code: string;
                        /** @description 1 一级, 2 二级, 3 三级 */
                        depth: number;
                        handlingLevel: ("city" | "county" | "township" | "village") | null;
                        keywords: string;
                        label: string;
                        labelEn: string | null;
                        parentCode: string | null;
                        path: string[];
                        pathLabels: string[];
                        pathLabelsEn: string[];
                        routingFrom: string | null;
                        routingLevel: ("city" | "county" | "township" | "village") | null;
                        sort: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApiCatalogueCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    handlingLevel: ("city" | "county" | "township" | "village") | null;
                    keywords?: string;
                    label: string;
                    labelEn?: string;
                    parentCode?: string | null;
                    sort?: number;
                };
            };
        };
        responses: {
            /** @description 分类目录条目 / A catalogue entry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        code: string;
                        /** @description 1 一级, 2 二级, 3 三级 */
                        depth: number;
                        handlingLevel: ("city" | "county" | "township" | "village") | null;
                        keywords: string;
                        label: string;
                        labelEn: string | null;
                        parentCode: string | null;
                        path: string[];
                        pathLabels: string[];
                        pathLabelsEn: string[];
                        routingFrom: string | null;
                        routingLevel: ("city" | "county" | "township" | "village") | null;
                        sort: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCatalogueSearch: {
        parameters: {
            query: {
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            active: boolean;
                            code: string;
                            /** @description 1 一级, 2 二级, 3 三级 */
                            depth: number;
                            handlingLevel: ("city" | "county" | "township" | "village") | null;
                            keywords: string;
                            label: string;
                            labelEn: string | null;
                            parentCode: string | null;
                            path: string[];
                            pathLabels: string[];
                            pathLabelsEn: string[];
                            routingFrom: string | null;
                            routingLevel: ("city" | "county" | "township" | "village") | null;
                            sort: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCohandlingParts: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                queue?: "open" | "closed" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 协办任务 / A unit's assisting parts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            assignedAt: string;
                            caseId: number;
                            caseNumber: string;
                            closedAt: string | null;
                            dueAt: string;
                            late: boolean;
                            leadUnit: {
                                id: number;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            seq: number;
                            signDueAt: string;
                            signedAt: string | null;
                            state: string;
                            stateLabel: string;
                            /** @enum {string} */
                            status: "assigned" | "handling" | "submitted" | "returned" | "lapsed" | "cancelled";
                            statusLabel: string;
                            title: string | null;
                            /** @enum {string} */
                            warning: "none" | "yellow" | "red";
                            warningLabel: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        page: number;
                        pageSize: number;
                        total: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiComplaints: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accusedUnitId?: number;
                    address?: string;
                    category?: string;
                    complainant: {
                        /** @enum {boolean} */
                        anonymous: true;
                    } | {
                        address?: string;
                        /** @enum {boolean} */
                        anonymous: false;
                        email?: string;
                        idNumber?: string;
                        name: string;
                        phone?: string;
                    };
                    content: string;
                    divisionCode?: string;
                    preferredChannel?: "sms" | "email" | "phone" | "letter";
                    title?: string;
                    type: "report" | "complaint" | "request" | "consultation" | "suggestion";
                    urgency?: "normal" | "urgent" | "critical";
                };
                "multipart/form-data": {
                    /** @description 与 JSON 请求体相同的内容（JSON 文本）/ the same JSON as the JSON body, as text */
                    data: string;
                    /** @description 附件，最多10个，按内容检查类型 / up to 10 files, typed by their content: 照片、PDF 等，每个不超过 20 MB / photos, PDF …, 20 MB each */
                    files?: string[];
                };
            };
        };
        responses: {
            /** @description 提交成功的回执（查询码与查询密码只显示这一次）/ The receipt: tracking code and PIN, shown this once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNumber: string;
                        id: number;
                        /** @description 接下来会怎样 / what happens next */
                        next: string;
                        pin: string | null;
                        possibleDuplicateOf?: number | null;
                        /** @enum {string} */
                        state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                        trackingCode: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 提交成功的回执（查询码与查询密码只显示这一次）/ The receipt: tracking code and PIN, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1024,
                     *       "caseNumber": "KM20260615000137",
                     *       "trackingCode": "H7K2M9Q4TX",
                     *       "pin": "527041",
                     *       "state": "intake",
                     *       "possibleDuplicateOf": null,
                     *       "next": "您的诉求已收到。工作人员将在1个工作日内受理并交办到承办单位，一般诉求5个工作日内办结。请妥善保存查询码和查询密码（PIN），可随时在“进度查询”中查看办理进展、补充材料并评价办理结果。"
                     *     }
                     */
                    "application/json": {
                        caseNumber: string;
                        id: number;
                        /** @description 接下来会怎样 / what happens next */
                        next: string;
                        pin: string | null;
                        possibleDuplicateOf?: number | null;
                        /** @enum {string} */
                        state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                        trackingCode: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             *
             *     `bad_multipart` 上传的表单不完整或格式错误 / The multipart form is incomplete or malformed
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `division_not_found` 未找到该行政区划 / No such division */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `file_too_large` 文件过大 / File too large
             *
             *     `too_many_files` 文件过多 / Too many files
             *
             *     `request_too_large` 上传内容过大 / Upload too large
             *
             *     `too_many_parts` 表单字段过多 / Too many form fields
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `unsupported_file_type` 不支持的文件类型 / Unsupported file type
             *
             *     `unsupported_media_type` 请以 multipart/form-data 或 JSON 提交 / Send multipart/form-data or JSON
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_mismatch` 该幂等键（Idempotency-Key / 外部编号）已用于另一份不同的提交 / This Idempotency-Key (or external id) was already used for a different submission */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later
             *
             *     `too_many_uploads` 同时上传过多：请等待正在进行的上传完成 / Too many uploads at once: wait for the ones under way
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiDivisionsCode: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        children: {
                            code: string;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        }[];
                        code: string;
                        /** @enum {string} */
                        level: "city" | "county" | "township" | "village";
                        name: string;
                        parentCode: string | null;
                        path: {
                            code: string;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        }[];
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `division_not_found` 未找到该行政区划 / No such division */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiDivisionsResolve: {
        parameters: {
            query: {
                address: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 由地址解析出的行政区划 / The division resolved from an address */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        division: {
                            code: string;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        };
                        path: {
                            code: string;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        }[];
                        /** @enum {string} */
                        status: "found";
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        candidates: {
                            division: {
                                code: string;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            };
                            path: {
                                code: string;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            }[];
                        }[];
                        message: string;
                        messageEn: string;
                        /** @enum {string} */
                        status: "ambiguous";
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        message: string;
                        messageEn: string;
                        place: string;
                        /** @enum {string} */
                        status: "outside";
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            messageEn: string;
                            requestId: string;
                        };
                        /** @enum {string} */
                        status: "not_found";
                    };
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiExports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            byteSize: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            expiresAt: string | null;
                            fileName: string | null;
                            /** @description 导出时的筛选条件 / The list filters of the export */
                            filters: {
                                [key: string]: unknown;
                            };
                            finishedAt: string | null;
                            /** @default xlsx */
                            format: "xlsx" | "csv";
                            id: number;
                            kind: string;
                            rows: number | null;
                            /** @description queued 排队 · running 生成中 · ready 可下载 · failed 失败 · expired 已过期删除 */
                            state: "queued" | "running" | "ready" | "failed" | "expired";
                        }[];
                    };
                };
            };
            /** @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiExports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    category?: string;
                    channel?: string;
                    /** @default xlsx */
                    format: "xlsx" | "csv";
                    from?: string;
                    q?: string;
                    queue?: "mine" | "unit" | "overdue" | "warning" | "supervised" | "all";
                    state?: string;
                    to?: string;
                    type?: string;
                    unit?: number;
                    warning?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 导出任务（我的导出）/ An export job (My exports) */
                        job?: {
                            byteSize: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            expiresAt: string | null;
                            fileName: string | null;
                            /** @description 导出时的筛选条件 / The list filters of the export */
                            filters: {
                                [key: string]: unknown;
                            };
                            finishedAt: string | null;
                            /** @default xlsx */
                            format: "xlsx" | "csv";
                            id: number;
                            kind: string;
                            rows: number | null;
                            /** @description queued 排队 · running 生成中 · ready 可下载 · failed 失败 · expired 已过期删除 */
                            state: "queued" | "running" | "ready" | "failed" | "expired";
                        };
                        message: string;
                        messageEn: string;
                        /** @description stream: download `url` now; job: 正在生成，完成后通知 */
                        mode: "stream" | "job";
                        /** @description 清单条数（job 时为至少）/ Rows in the list (at least, for a job) */
                        rows: number;
                        url?: string;
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 导出任务（我的导出）/ An export job (My exports) */
                        job?: {
                            byteSize: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            expiresAt: string | null;
                            fileName: string | null;
                            /** @description 导出时的筛选条件 / The list filters of the export */
                            filters: {
                                [key: string]: unknown;
                            };
                            finishedAt: string | null;
                            /** @default xlsx */
                            format: "xlsx" | "csv";
                            id: number;
                            kind: string;
                            rows: number | null;
                            /** @description queued 排队 · running 生成中 · ready 可下载 · failed 失败 · expired 已过期删除 */
                            state: "queued" | "running" | "ready" | "failed" | "expired";
                        };
                        message: string;
                        messageEn: string;
                        /** @description stream: download `url` now; job: 正在生成，完成后通知 */
                        mode: "stream" | "job";
                        /** @description 清单条数（job 时为至少）/ Rows in the list (at least, for a job) */
                        rows: number;
                        url?: string;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiExportsIdFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 导出文件（.xlsx 或 CSV，逐行写出）/ The exported file (.xlsx or CSV, streamed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiHolidayOverrides: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        day: string;
                        isWorkday: boolean;
                        note: string | null;
                    }[];
                };
            };
            /** @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApiHolidayOverridesDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                day: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isWorkday: boolean;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        day: string;
                        isWorkday: boolean;
                        note: string | null;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             *
             *     `city_admin_only` 全市统一设置（工作日历、分类与分办规则、接口密钥）只能由市级系统管理员修改 / City-wide settings (calendar, categories and routing rules, API keys) are changed by city admins only
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiHolidayOverridesDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                day: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             *
             *     `city_admin_only` 全市统一设置（工作日历、分类与分办规则、接口密钥）只能由市级系统管理员修改 / City-wide settings (calendar, categories and routing rules, API keys) are changed by city admins only
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiHotspots: {
        parameters: {
            query?: {
                division?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 热点：聚集的诉求与上升的类别 / Hotspots: clusters of cases and rising categories */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clusters: ({
                            cases: ({
                                caseNumber: string;
                                id: number;
                                /** Format: date-time */
                                receivedAt: string;
                                state: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            category: string | null;
                            categoryLabel: string | null;
                            keywords: string[];
                            place: string;
                            placeName: string;
                            size: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /**
                         * Format: date-time
                         * @description 数据更新于：所读夜间计算的时间（尚无存储结果时为当前时间）/ when the nightly run read was computed (now when none is stored yet)
                         */
                        computedAt: string;
                        division: string;
                        rising: ({
                            /** @description 基线周均件数 / the baseline weeks' mean */
                            baseline: number;
                            category: string;
                            categoryLabel: string;
                            /** @description 本周件数 / this week's count */
                            count: number;
                            /** @description 泊松上尾概率 / P(X ≥ count) under the baseline */
                            pValue: number;
                            township: string;
                            townshipName: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        rule: {
                            clusters: string;
                            rising: string;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description 是否读自存储的夜间计算结果 / whether the answer was read from the stored nightly run */
                        stored: boolean;
                        /** @description 上升类别（或上周最多者）的每周件数 / weekly counts of the rising categories, or the busiest of last week */
                        trend: {
                            series: ({
                                baseline: number;
                                category: string;
                                categoryLabel: string;
                                counts: number[];
                                rising: boolean;
                                township: string;
                                townshipName: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            weeks: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiHotspotsChartSvg: {
        parameters: {
            query?: {
                division?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 热点趋势图（SVG）/ The hotspot trend chart as SVG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiHotspotsProactive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    caseIds: number[];
                    category: string;
                    content: string;
                    title?: string;
                    urgency?: "normal" | "urgent" | "critical";
                };
            };
        };
        responses: {
            /** @description 新开的主动治理任务（无诉求人，无查询密码）/ The proactive task opened (no complainant, no PIN) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNumber: string;
                        id: number;
                        linked: number;
                        state: string;
                        stateLabel: string;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiIntakeChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel: "web" | "hotline" | "phone" | "letter" | "visit" | "fax";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accusedUnitId?: number;
                    address?: string;
                    category?: string;
                    complainant: {
                        /** @enum {boolean} */
                        anonymous: true;
                    } | {
                        address?: string;
                        /** @enum {boolean} */
                        anonymous: false;
                        email?: string;
                        idNumber?: string;
                        name: string;
                        phone?: string;
                    };
                    content: string;
                    divisionCode?: string;
                    preferredChannel?: "sms" | "email" | "phone" | "letter";
                    title?: string;
                    type: "report" | "complaint" | "request" | "consultation" | "suggestion";
                    urgency?: "normal" | "urgent" | "critical";
                } & {
                    externalId?: string;
                };
            };
        };
        responses: {
            /** @description 新诉求的回执 / The receipt of a new intake */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNumber: string;
                        id: number;
                        pin: string | null;
                        possibleDuplicateOf?: number | null;
                        /** @enum {string} */
                        state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                        trackingCode: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 新诉求的回执 / The receipt of a new intake */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNumber: string;
                        id: number;
                        pin: string | null;
                        possibleDuplicateOf?: number | null;
                        /** @enum {string} */
                        state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                        trackingCode: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             *
             *     `bad_multipart` 上传的表单不完整或格式错误 / The multipart form is incomplete or malformed
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `division_not_found` 未找到该行政区划 / No such division */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `file_too_large` 文件过大 / File too large
             *
             *     `too_many_files` 文件过多 / Too many files
             *
             *     `request_too_large` 上传内容过大 / Upload too large
             *
             *     `too_many_parts` 表单字段过多 / Too many form fields
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `unsupported_file_type` 不支持的文件类型 / Unsupported file type
             *
             *     `unsupported_media_type` 请以 multipart/form-data 或 JSON 提交 / Send multipart/form-data or JSON
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_mismatch` 该幂等键（Idempotency-Key / 外部编号）已用于另一份不同的提交 / This Idempotency-Key (or external id) was already used for a different submission */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later
             *
             *     `too_many_uploads` 同时上传过多：请等待正在进行的上传完成 / Too many uploads at once: wait for the ones under way
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiIntakeHotline: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accusedUnitId?: number;
                    address?: string;
                    category?: string;
                    complainant: {
                        /** @enum {boolean} */
                        anonymous: true;
                    } | {
                        address?: string;
                        /** @enum {boolean} */
                        anonymous: false;
                        email?: string;
                        idNumber?: string;
                        name: string;
                        phone?: string;
                    };
                    content: string;
                    divisionCode?: string;
                    preferredChannel?: "sms" | "email" | "phone" | "letter";
                    title?: string;
                    type: "report" | "complaint" | "request" | "consultation" | "suggestion";
                    urgency?: "normal" | "urgent" | "critical";
                } & {
                    addToCaseId?: number;
                    answer?: string;
                    callerPhone?: string;
                    callSid?: string;
                    externalId?: string;
                    register?: {
                        category: string;
                        complaintType?: "report" | "complaint" | "request" | "consultation" | "suggestion";
                        divisionCode?: string;
                        urgency?: "normal" | "urgent" | "critical";
                    };
                };
            };
        };
        responses: {
            /** @description 来电登记的回执（addedTo：补充到在办诉求）/ The receipt of a logged call (addedTo: added to an open case) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addedTo?: number;
                        callSid: string | null;
                        caseNumber: string;
                        id: number;
                        pin: string | null;
                        possibleDuplicateOf: number | null;
                        state: string;
                        stateLabel: string;
                        trackingCode: string | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 来电登记的回执（addedTo：补充到在办诉求）/ The receipt of a logged call (addedTo: added to an open case) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addedTo?: number;
                        callSid: string | null;
                        caseNumber: string;
                        id: number;
                        pin: string | null;
                        possibleDuplicateOf: number | null;
                        state: string;
                        stateLabel: string;
                        trackingCode: string | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             *
             *     `bad_multipart` 上传的表单不完整或格式错误 / The multipart form is incomplete or malformed
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `division_not_found` 未找到该行政区划 / No such division
             *
             *     `not_found` 未找到 / Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `call_taken` 该来电已由其他话务员接听 / Another operator has taken this call */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `file_too_large` 文件过大 / File too large
             *
             *     `too_many_files` 文件过多 / Too many files
             *
             *     `request_too_large` 上传内容过大 / Upload too large
             *
             *     `too_many_parts` 表单字段过多 / Too many form fields
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `unsupported_file_type` 不支持的文件类型 / Unsupported file type
             *
             *     `unsupported_media_type` 请以 multipart/form-data 或 JSON 提交 / Send multipart/form-data or JSON
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_mismatch` 该幂等键（Idempotency-Key / 外部编号）已用于另一份不同的提交 / This Idempotency-Key (or external id) was already used for a different submission */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later
             *
             *     `too_many_uploads` 同时上传过多：请等待正在进行的上传完成 / Too many uploads at once: wait for the ones under way
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiIntakeLetter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 来信登记的回执 / The receipt of a registered letter */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attachments: {
                            [key: string]: unknown;
                        }[];
                        caseNumber: string;
                        id: number;
                        letterNumber: string;
                        pin: string | null;
                        possibleDuplicateOf?: number | null;
                        /** @enum {string} */
                        state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                        trackingCode: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             *
             *     `bad_multipart` 上传的表单不完整或格式错误 / The multipart form is incomplete or malformed
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `division_not_found` 未找到该行政区划 / No such division */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `file_too_large` 文件过大 / File too large
             *
             *     `too_many_files` 文件过多 / Too many files
             *
             *     `request_too_large` 上传内容过大 / Upload too large
             *
             *     `too_many_parts` 表单字段过多 / Too many form fields
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `unsupported_file_type` 不支持的文件类型 / Unsupported file type
             *
             *     `unsupported_media_type` 请以 multipart/form-data 或 JSON 提交 / Send multipart/form-data or JSON
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_mismatch` 该幂等键（Idempotency-Key / 外部编号）已用于另一份不同的提交 / This Idempotency-Key (or external id) was already used for a different submission */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later
             *
             *     `too_many_uploads` 同时上传过多：请等待正在进行的上传完成 / Too many uploads at once: wait for the ones under way
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiIntakePhone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accusedUnitId?: number;
                    address?: string;
                    category?: string;
                    complainant: {
                        /** @enum {boolean} */
                        anonymous: true;
                    } | {
                        address?: string;
                        /** @enum {boolean} */
                        anonymous: false;
                        email?: string;
                        idNumber?: string;
                        name: string;
                        phone?: string;
                    };
                    content: string;
                    divisionCode?: string;
                    preferredChannel?: "sms" | "email" | "phone" | "letter";
                    title?: string;
                    type: "report" | "complaint" | "request" | "consultation" | "suggestion";
                    urgency?: "normal" | "urgent" | "critical";
                } & {
                    addToCaseId?: number;
                    answer?: string;
                    callerPhone?: string;
                    callSid?: string;
                    externalId?: string;
                    register?: {
                        category: string;
                        complaintType?: "report" | "complaint" | "request" | "consultation" | "suggestion";
                        divisionCode?: string;
                        urgency?: "normal" | "urgent" | "critical";
                    };
                };
            };
        };
        responses: {
            /** @description 来电登记的回执（addedTo：补充到在办诉求）/ The receipt of a logged call (addedTo: added to an open case) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addedTo?: number;
                        callSid: string | null;
                        caseNumber: string;
                        id: number;
                        pin: string | null;
                        possibleDuplicateOf: number | null;
                        state: string;
                        stateLabel: string;
                        trackingCode: string | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 来电登记的回执（addedTo：补充到在办诉求）/ The receipt of a logged call (addedTo: added to an open case) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addedTo?: number;
                        callSid: string | null;
                        caseNumber: string;
                        id: number;
                        pin: string | null;
                        possibleDuplicateOf: number | null;
                        state: string;
                        stateLabel: string;
                        trackingCode: string | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             *
             *     `bad_multipart` 上传的表单不完整或格式错误 / The multipart form is incomplete or malformed
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `division_not_found` 未找到该行政区划 / No such division
             *
             *     `not_found` 未找到 / Not found
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `call_taken` 该来电已由其他话务员接听 / Another operator has taken this call */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `file_too_large` 文件过大 / File too large
             *
             *     `too_many_files` 文件过多 / Too many files
             *
             *     `request_too_large` 上传内容过大 / Upload too large
             *
             *     `too_many_parts` 表单字段过多 / Too many form fields
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `unsupported_file_type` 不支持的文件类型 / Unsupported file type
             *
             *     `unsupported_media_type` 请以 multipart/form-data 或 JSON 提交 / Send multipart/form-data or JSON
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_mismatch` 该幂等键（Idempotency-Key / 外部编号）已用于另一份不同的提交 / This Idempotency-Key (or external id) was already used for a different submission */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later
             *
             *     `too_many_uploads` 同时上传过多：请等待正在进行的上传完成 / Too many uploads at once: wait for the ones under way
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiIntakeVisit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 来访登记的回执 / The receipt of a registered visit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attachments: {
                            [key: string]: unknown;
                        }[];
                        caseNumber: string;
                        groupVisit: boolean;
                        id: number;
                        pin: string | null;
                        possibleDuplicateOf?: number | null;
                        receipt: string;
                        /** @enum {string} */
                        state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                        trackingCode: string;
                        visitors: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 来访登记的回执 / The receipt of a registered visit */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attachments: {
                            [key: string]: unknown;
                        }[];
                        caseNumber: string;
                        groupVisit: boolean;
                        id: number;
                        pin: string | null;
                        possibleDuplicateOf?: number | null;
                        receipt: string;
                        /** @enum {string} */
                        state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                        trackingCode: string;
                        visitors: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             *
             *     `bad_multipart` 上传的表单不完整或格式错误 / The multipart form is incomplete or malformed
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `division_not_found` 未找到该行政区划 / No such division */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `file_too_large` 文件过大 / File too large
             *
             *     `too_many_files` 文件过多 / Too many files
             *
             *     `request_too_large` 上传内容过大 / Upload too large
             *
             *     `too_many_parts` 表单字段过多 / Too many form fields
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `unsupported_file_type` 不支持的文件类型 / Unsupported file type
             *
             *     `unsupported_media_type` 请以 multipart/form-data 或 JSON 提交 / Send multipart/form-data or JSON
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_mismatch` 该幂等键（Idempotency-Key / 外部编号）已用于另一份不同的提交 / This Idempotency-Key (or external id) was already used for a different submission */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later
             *
             *     `too_many_uploads` 同时上传过多：请等待正在进行的上传完成 / Too many uploads at once: wait for the ones under way
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiJobsFailed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        createdAt: string;
                        data: unknown;
                        error: unknown;
                        finishedAt: string | null;
                        id: string;
                        queue: string;
                        retries: number;
                        state: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiKnowledgeArticles: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                q?: string;
                state?: "draft" | "review" | "published" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 知识条目列表 / The articles one may see */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            category: string | null;
                            effectiveFrom: string | null;
                            effectiveUntil: string | null;
                            id: number;
                            isPublic: boolean;
                            ownerUnit: {
                                id: number;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            publishedVersion: number | null;
                            state: string;
                            stateLabel: string;
                            title: string;
                            updatedAt: string;
                            version: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiKnowledgeArticles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string;
                    attachments?: {
                        name: string;
                        url: string;
                    }[];
                    category?: string | null;
                    effectiveFrom?: string | null;
                    effectiveUntil?: string | null;
                    isPublic?: boolean;
                    keywords?: string[];
                    ownerUnitId?: number;
                    questions?: string[];
                    source?: string | null;
                    title: string;
                };
            };
        };
        responses: {
            /** @description 已保存的草稿 / The draft saved */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        state: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiKnowledgeArticlesId: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一条知识（所示版本、历史版本）/ One article: the version shown and the versions kept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answerHtml: string;
                        answerText: string;
                        id: number;
                        may: {
                            edit: boolean;
                            review: boolean;
                        } & {
                            [key: string]: unknown;
                        };
                        ownerUnit: {
                            id: number;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                        publishedVersion: number | null;
                        shown: {
                            answer: string;
                            attachments: ({
                                name: string;
                                url: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            category: string | null;
                            createdAt: string;
                            effectiveFrom: string | null;
                            effectiveUntil: string | null;
                            files: ({
                                createdAt: string;
                                filename: string;
                                id: number;
                                mime: string;
                                size: number;
                                url: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            isPublic: boolean;
                            keywords: string[];
                            questions: string[];
                            source: string | null;
                            title: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                        state: string;
                        stateLabel: string;
                        version: number;
                        versions: ({
                            createdAt: string;
                            title: string;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApiKnowledgeArticlesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string;
                    attachments?: {
                        name: string;
                        url: string;
                    }[];
                    category?: string | null;
                    effectiveFrom?: string | null;
                    effectiveUntil?: string | null;
                    isPublic?: boolean;
                    keywords?: string[];
                    ownerUnitId?: number;
                    questions?: string[];
                    source?: string | null;
                    title: string;
                };
            };
        };
        responses: {
            /** @description 已保存的草稿 / The draft saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        state: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiKnowledgeArticlesIdExpire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 审核状态已变更 / The article's new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        state: string;
                        stateLabel: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiKnowledgeArticlesIdFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description 附件，最多10个，每个不超过 40 MB / up to 10 files, 40 MB each */
                    files: string[];
                };
            };
        };
        responses: {
            /** @description 草稿版本的附件 / The files of the draft version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        files: ({
                            createdAt: string;
                            filename: string;
                            id: number;
                            mime: string;
                            size: number;
                            url: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        id: number;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             *
             *     `bad_multipart` 上传的表单不完整或格式错误 / The multipart form is incomplete or malformed
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `forbidden` 无权执行此操作 / You may not do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `article_not_found` 未找到该知识条目 / No such knowledge article
             *
             *     `division_not_found` 未找到该行政区划 / No such division
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `article_wrong_state` 知识条目当前状态不允许此操作 / The article's current state does not allow this
             *
             *     `article_files_full` 该知识条目的附件已达上限，请先删除不用的附件 / The article has as many files as allowed; remove one first
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `file_too_large` 文件过大 / File too large
             *
             *     `too_many_files` 文件过多 / Too many files
             *
             *     `request_too_large` 上传内容过大 / Upload too large
             *
             *     `too_many_parts` 表单字段过多 / Too many form fields
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `unsupported_file_type` 不支持的文件类型 / Unsupported file type
             *
             *     `unsupported_media_type` 请以 multipart/form-data 或 JSON 提交 / Send multipart/form-data or JSON
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_mismatch` 该幂等键（Idempotency-Key / 外部编号）已用于另一份不同的提交 / This Idempotency-Key (or external id) was already used for a different submission */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later
             *
             *     `too_many_uploads` 同时上传过多：请等待正在进行的上传完成 / Too many uploads at once: wait for the ones under way
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiKnowledgeArticlesIdFilesFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 附件本身（类型为按内容检测到的类型，一律作为下载）/ The file, as its detected type, always as a download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/msword": string;
                    "application/pdf": string;
                    "application/vnd.ms-excel": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "image/gif": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/tiff": string;
                    "image/webp": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `article_file_not_found` 未找到该条目的附件（或该附件不对您公开） / No such file of the article (or it is not open to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `article_file_gone` 该附件的文件已不在服务器上，请联系条目的编辑单位重新上传 / The file is no longer on the server; ask the article's editors to upload it again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiKnowledgeArticlesIdFilesFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 草稿版本的附件 / The files of the draft version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        files: ({
                            createdAt: string;
                            filename: string;
                            id: number;
                            mime: string;
                            size: number;
                            url: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        id: number;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `forbidden` 无权执行此操作 / You may not do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `article_not_found` 未找到该知识条目 / No such knowledge article
             *
             *     `article_file_not_found` 未找到该条目的附件（或该附件不对您公开） / No such file of the article (or it is not open to you)
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `article_wrong_state` 知识条目当前状态不允许此操作 / The article's current state does not allow this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiKnowledgeArticlesIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 审核状态已变更 / The article's new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        state: string;
                        stateLabel: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiKnowledgeArticlesIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 审核状态已变更 / The article's new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        state: string;
                        stateLabel: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiKnowledgeArticlesIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 审核状态已变更 / The article's new state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        state: string;
                        stateLabel: string;
                        version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiKnowledgeDirectRate: {
        parameters: {
            query?: {
                from?: string;
                groupBy?: "month" | "day" | "operator" | "category";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 直接答复率 / Share of calls answered on the call */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        groupBy: string;
                        rows: ({
                            answered: number;
                            calls: number;
                            key: string;
                            label: string;
                            rate: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiKnowledgeGaps: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 知识缺口（相似问题成组）/ Knowledge gaps, similar questions grouped */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        groups: ({
                            cases: ({
                                caseNumber: string;
                                id: number;
                                noAnswerMark: boolean;
                                receivedAt: string;
                                title: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            size: number;
                            words: string[];
                        } & {
                            [key: string]: unknown;
                        })[];
                        to: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiKnowledgeImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    files: {
                        data: string;
                        name: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description 导入结果：已建草稿与拒收原因 / The drafts created and what was refused, with the reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: ({
                            id: number;
                            /** @description 文件名:行号，或 Markdown 文件名 / file:row, or the Markdown file */
                            row: number | string;
                            title: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        refused: ({
                            reason: string;
                            /** @description 文件名:行号，或 Markdown 文件名 / file:row, or the Markdown file */
                            row: number | string;
                            title: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiKnowledgeReminders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 即将到期的条目 / Articles about to expire */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            articleId: number;
                            at: string;
                            effectiveUntil: string | null;
                            title: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiKnowledgeSearch: {
        parameters: {
            query: {
                limit?: number;
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 匹配的已发布条目（命中部分标出）/ Published articles that match, the matching parts marked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            category: string | null;
                            id: number;
                            isPublic: boolean;
                            ownerUnitId: number;
                            score: number;
                            snippet: ({
                                hit: boolean;
                                text: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            title: string;
                            titleMarks: ({
                                hit: boolean;
                                text: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            version: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiKnowledgeUses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    articleId?: number;
                    caseId: number;
                    kind: "answered" | "no_answer";
                    sendLink?: boolean;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 已记录 / Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        articleId: number | null;
                        caseId: number;
                        kind: string;
                        link: ({
                            route: string;
                            status: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        version: number | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiLookupPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kind: "phone" | "email" | "idNumber" | "name";
                    limit?: number;
                    value: string;
                    via?: "call" | "search";
                };
            };
        };
        responses: {
            /** @description 查人结果 / A person look-up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            caseNumber: string;
                            channel: string;
                            id: number;
                            open: boolean;
                            receivedAt: string;
                            state: string;
                            stateLabel: string;
                            title: string | null;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        kind: string;
                        openCase: ({
                            caseNumber: string;
                            channel: string;
                            id: number;
                            open: boolean;
                            receivedAt: string;
                            state: string;
                            stateLabel: string;
                            title: string | null;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiMailboxProblems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            error?: string | null;
                            id: number;
                            outcome?: string | null;
                            receivedAt: string;
                            size: number;
                            url: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiMailboxProblemsMailId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mailId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 原始邮件（.eml）/ The raw mail (.eml) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "message/rfc822": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `not_found` 未找到 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": 12,
                     *         "username": "km_paidan_li",
                     *         "displayName": "李晓梅",
                     *         "role": "dispatcher",
                     *         "roleLabel": "派单员",
                     *         "unit": {
                     *           "id": 1,
                     *           "name": "昆明市群众诉求中心",
                     *           "divisionCode": "530100",
                     *           "level": "city"
                     *         }
                     *       },
                     *       "csrfToken": "q3Zt8wVhR1mYc0LkP5xN2bFjA7sD4gUe",
                     *       "mustChangePassword": false,
                     *       "mustEnrolSecondFactor": false
                     *     }
                     */
                    "application/json": {
                        csrfToken: string;
                        mustChangePassword: boolean;
                        mustEnrolSecondFactor: boolean;
                        user: {
                            displayName: string;
                            id: number;
                            /** @enum {string} */
                            role: "operator" | "clerk" | "dispatcher" | "officer" | "supervisor" | "inspector" | "admin";
                            roleLabel: string;
                            unit: {
                                divisionCode: string;
                                id: number;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village";
                                name: string;
                            };
                            username: string;
                        };
                    };
                };
            };
            /** @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiMePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             *
             *     `wrong_current_password` 当前密码不正确 / The current password is wrong
             *
             *     `weak_password` 密码不符合要求 / The password is too weak
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiMeSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabled: boolean;
                        enabledAt: string | null;
                        recoveryCodesLeft: number;
                        required: boolean;
                    };
                };
            };
            /** @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiMeSecondFactorConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabled: boolean;
                        recoveryCodes: string[];
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             *
             *     `wrong_totp_code` 动态验证码不正确，请核对手机时间后输入最新的验证码 / The code is wrong; check the phone's clock and enter the newest code
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `no_pending_second_factor` 请先开始绑定身份验证器 / Start setting up the authenticator first
             *
             *     `second_factor_enrolled` 已绑定身份验证器；如需更换，请管理员重置 / An authenticator is already set up; an admin can reset it
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiMeSecondFactorEnrol: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret: string;
                        uri: string;
                    };
                };
            };
            /**
             * @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `second_factor_enrolled` 已绑定身份验证器；如需更换，请管理员重置 / An authenticator is already set up; an admin can reset it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiOutbox: {
        parameters: {
            query?: {
                caseId?: number;
                channel?: "email" | "sms";
                page?: number;
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 发件箱（每页50条）/ The outbox, 50 a page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            attempts: number;
                            body: string;
                            caseId: number | null;
                            caseNumber: string | null;
                            channel: string;
                            createdAt: string;
                            id: number;
                            kind: string;
                            /** @description 掩码后的收件人 / the masked recipient */
                            recipient: string;
                            sentAt: string | null;
                            status: string;
                            statusDetail: string | null;
                            subject: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        total: number;
                        transports: {
                            email: string;
                            sms: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPublicAnchors: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        anchors: {
                            chains: number;
                            cutoff: string;
                            day: string;
                            prevRoot: string | null;
                            root: string;
                            rows: number;
                        }[];
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPublicAssessment: {
        parameters: {
            query?: {
                /** @description YYYY-MM */
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 公开的考核排名（县区、乡镇街道）/ The public ranking of counties and townships */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counties: ({
                            name: string;
                            rank: number | null;
                            score: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        month: string | null;
                        months: string[];
                        townships: ({
                            county: string;
                            rows: ({
                                name: string;
                                rank: number | null;
                                score: number | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPublicHotspots: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 各县（市、区）近期最多的诉求类别、趋势和已办结的主动治理任务 / Each county's top categories of late, their trend and the proactive tasks resolved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        city: {
                            /** @description 已办结的主动治理任务（不含涉及举报的）/ Proactive tasks resolved (none linked to a report) */
                            proactive: {
                                /** @description 件数，少于5件时为 '<5' / the count, '<5' under five */
                                resolved: number | "<5";
                                tasks: ({
                                    category: string | null;
                                    label: string | null;
                                    /** @description 办结日期 / the day it was resolved */
                                    resolvedOn: string;
                                    summary: string | null;
                                    township: string | null;
                                    townshipName: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description 近几周各类别的每周件数 / the weekly counts of the categories */
                            trend: ({
                                category: string;
                                /** @description 每周件数，少于5件为 null（不公开）/ weekly counts, null under five (not published) */
                                counts: (number | null)[];
                                label: string;
                                rising: boolean;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        };
                        /**
                         * Format: date-time
                         * @description 数据更新于：所读夜间计算的时间（尚无存储结果时为当前时间）/ when the nightly run read was computed (now when none is stored yet)
                         */
                        computedAt: string;
                        counties: ({
                            categories: ({
                                category: string;
                                /** @description 件数，少于5件时为 '<5' / the count, '<5' under five */
                                count: number | "<5";
                                label: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            county: string;
                            countyName: string;
                            /** @description 已办结的主动治理任务（不含涉及举报的）/ Proactive tasks resolved (none linked to a report) */
                            proactive: {
                                /** @description 件数，少于5件时为 '<5' / the count, '<5' under five */
                                resolved: number | "<5";
                                tasks: ({
                                    category: string | null;
                                    label: string | null;
                                    /** @description 办结日期 / the day it was resolved */
                                    resolvedOn: string;
                                    summary: string | null;
                                    township: string | null;
                                    townshipName: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description 近几周各类别的每周件数 / the weekly counts of the categories */
                            trend: ({
                                category: string;
                                /** @description 每周件数，少于5件为 null（不公开）/ weekly counts, null under five (not published) */
                                counts: (number | null)[];
                                label: string;
                                rising: boolean;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        })[];
                        days: number;
                        proactiveDays: number;
                        /** @description 是否读自存储的夜间计算结果 / whether the answer was read from the stored nightly run */
                        stored: boolean;
                        /** @description 每周的第一天（北京时间）/ the first day of each week (Beijing) */
                        weeks: string[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPublicHotspotsChartSvg: {
        parameters: {
            query?: {
                county?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 热点趋势图（SVG）/ The hotspot trend chart as SVG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPublicKnowledgeArticlesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一条常见问题 / One frequently asked question */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answerHtml: string;
                        attachments: ({
                            name: string;
                            url: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        category: string | null;
                        effectiveFrom: string | null;
                        effectiveUntil: string | null;
                        files: ({
                            createdAt: string;
                            filename: string;
                            id: number;
                            mime: string;
                            size: number;
                            url: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        id: number;
                        questions: string[];
                        source: string | null;
                        title: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `article_not_found` 未找到该知识条目 / No such knowledge article */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPublicKnowledgeArticlesIdFilesFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 附件本身（类型为按内容检测到的类型，一律作为下载）/ The file, as its detected type, always as a download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/msword": string;
                    "application/pdf": string;
                    "application/vnd.ms-excel": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "image/gif": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/tiff": string;
                    "image/webp": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `article_file_not_found` 未找到该条目的附件（或该附件不对您公开） / No such file of the article (or it is not open to you) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `article_file_gone` 该附件的文件已不在服务器上，请联系条目的编辑单位重新上传 / The file is no longer on the server; ask the article's editors to upload it again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPublicKnowledgeDirectRate: {
        parameters: {
            query?: {
                from?: string;
                groupBy?: "month" | "category";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 直接答复率（公开，不足5件不显示）/ Share of calls answered on the call (public; counts under 5 hidden) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        groupBy: string;
                        portal: {
                            endedWithoutSubmission: number | null;
                            submittedAfterSuggestions: number | null;
                        } & {
                            [key: string]: unknown;
                        };
                        rows: ({
                            answered: number | null;
                            calls: number | null;
                            key: string;
                            label: string;
                            rate: number | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPublicKnowledgeSearch: {
        parameters: {
            query: {
                limit?: number;
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 常见问题 / Frequently asked questions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            category: string | null;
                            id: number;
                            snippet: ({
                                hit: boolean;
                                text: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            title: string;
                            titleMarks: ({
                                hit: boolean;
                                text: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiPublicKnowledgeVisits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    outcome: "left" | "submitted";
                };
            };
        };
        responses: {
            /** @description 已记录 / recorded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPublicProcessChart: {
        parameters: {
            query?: {
                type?: "complaint" | "report" | "consultation" | "cohandled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 办理流程图 / The process chart */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        current?: string | null;
                        /** @description 每一步由谁办理、时限与分办规则 / who acts at each step, its deadline and routing rules */
                        panel: ({
                            key: string;
                            lines: string[];
                            title: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description 流程图（SVG）/ the chart as SVG */
                        svg: string;
                        title: string;
                        type: string;
                        types: ({
                            label: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPublicProcessChartSvg: {
        parameters: {
            query?: {
                type?: "complaint" | "report" | "consultation" | "cohandled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 办理流程图（SVG，可打印）/ The process chart as SVG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiPublicStats: {
        parameters: {
            query?: {
                division?: string;
                /** @example 2026-01-01 */
                from?: string;
                /** @example county */
                groupBy?: "channel" | "county" | "category" | "month" | "type";
                /** @example 2026-06-30 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 公开统计 / Open statistics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": "2026-01-01",
                     *       "to": "2026-06-30",
                     *       "division": null,
                     *       "groupBy": "county",
                     *       "total": {
                     *         "received": 48213,
                     *         "accepted": 47906,
                     *         "closed": 45120,
                     *         "onTime": 43871,
                     *         "rates": {
                     *           "response": 99.4,
                     *           "resolution": 93.8,
                     *           "satisfaction": 91.2,
                     *           "onTime": 97.2
                     *         }
                     *       },
                     *       "groups": [
                     *         {
                     *           "key": "530102",
                     *           "label": "五华区",
                     *           "received": 7415,
                     *           "accepted": 7390,
                     *           "closed": 7012,
                     *           "onTime": 6840,
                     *           "rates": {
                     *             "response": 99.7,
                     *             "resolution": 94.6,
                     *             "satisfaction": 92.5,
                     *             "onTime": 97.5
                     *           }
                     *         },
                     *         {
                     *           "key": "530129",
                     *           "label": "寻甸回族彝族自治县",
                     *           "received": 612,
                     *           "accepted": 610,
                     *           "closed": 571,
                     *           "onTime": 560,
                     *           "rates": {
                     *             "response": 99.7,
                     *             "resolution": 92.1,
                     *             "satisfaction": 90.3,
                     *             "onTime": 98.1
                     *           }
                     *         },
                     *         {
                     *           "key": "",
                     *           "label": "市本级/地点不明",
                     *           "received": "<5",
                     *           "accepted": "<5",
                     *           "closed": "<5",
                     *           "onTime": "<5",
                     *           "rates": {
                     *             "response": null,
                     *             "resolution": null,
                     *             "satisfaction": null,
                     *             "onTime": null
                     *           }
                     *         }
                     *       ],
                     *       "note": "不足5件的数量显示为“<5”，样本不足5件的比率不予显示，以免识别到个人。"
                     *     }
                     */
                    "application/json": {
                        division: string | null;
                        from: string | null;
                        groupBy: string | null;
                        groups: ({
                            accepted: number | "<5";
                            closed: number | "<5";
                            key: string;
                            label: string;
                            onTime: number | "<5";
                            rates: {
                                onTime: number | null;
                                resolution: number | null;
                                response: number | null;
                                satisfaction: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                            received: number | "<5";
                        } & {
                            [key: string]: unknown;
                        })[];
                        note: string;
                        to: string | null;
                        total: {
                            accepted: number | "<5";
                            closed: number | "<5";
                            onTime: number | "<5";
                            rates: {
                                onTime: number | null;
                                resolution: number | null;
                                response: number | null;
                                satisfaction: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                            received: number | "<5";
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiRoutingRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        category: string;
                        label: string;
                        /** @enum {string} */
                        level: "city" | "county" | "township" | "village";
                    }[];
                };
            };
            /** @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApiRoutingRulesCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                category: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    label: string;
                    level: "city" | "county" | "township" | "village";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        category: string;
                        label: string;
                        /** @enum {string} */
                        level: "city" | "county" | "township" | "village";
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             *
             *     `city_admin_only` 全市统一设置（工作日历、分类与分办规则、接口密钥）只能由市级系统管理员修改 / City-wide settings (calendar, categories and routing rules, API keys) are changed by city admins only
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSavedViews: {
        parameters: {
            query?: {
                page?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        id: number;
                        name: string;
                        page: string;
                        query: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiSavedViews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    page: string;
                    query: {
                        category?: string;
                        channel?: string;
                        from?: string;
                        q?: string;
                        queue?: string;
                        state?: string;
                        tab?: string;
                        to?: string;
                        type?: string;
                        unit?: string;
                        warning?: string;
                    };
                };
            };
        };
        responses: {
            /** @description 保存的视图 / A saved view */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        page: string;
                        query: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiSavedViewsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiStatsBoard: {
        parameters: {
            query?: {
                division?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 监察看板 / The supervision board */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byState: {
                            [key: string]: number;
                        };
                        /** @description 直接答复率（电话当场答复的比例）/ Share of calls answered on the call */
                        directAnswer?: {
                            byCategory: ({
                                answered: number;
                                calls: number;
                                key: string;
                                label: string;
                                rate: number | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            byOperator: ({
                                answered: number;
                                calls: number;
                                key: string;
                                label: string;
                                rate: number | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            byPeriod: ({
                                answered: number;
                                calls: number;
                                key: string;
                                label: string;
                                rate: number | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            periodUnit: "day" | "month";
                            total: {
                                answered: number;
                                calls: number;
                                rate: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                        from: string;
                        /** @description 主动治理任务（另计，不计入三率）/ Proactive tasks, counted apart from the three rates */
                        proactive?: {
                            opened: number;
                            resolved: number;
                        } & {
                            [key: string]: unknown;
                        };
                        supervised: number;
                        to: string;
                        total: {
                            extended: number;
                            held: number;
                            overdue: number;
                            /** @description 协办 / the assisting units' parts */
                            parts: {
                                assigned: number;
                                late: number;
                                onTime: number;
                                open: number;
                                overdue: number;
                                returned: number;
                                signedInTime: number;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description 统计期间受理的诉求 / cases received in the period */
                            period: {
                                cases: number;
                                dispatched: number;
                                evaluated: number;
                                replied: number;
                                resolved: number;
                                satisfied: number;
                                signedInTime: number;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description 三率 / the three rates */
                            rates: {
                                resolution: number | null;
                                response: number | null;
                                satisfaction: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                            red: number;
                            returned: number;
                            yellow: number;
                        } & {
                            [key: string]: unknown;
                        };
                        unit: {
                            divisionCode: string;
                            id: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                        units: ({
                            divisionCode: string;
                            divisionName: string;
                            extended: number;
                            held: number;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            name: string;
                            overdue: number;
                            /** @description 协办 / the assisting units' parts */
                            parts: {
                                assigned: number;
                                late: number;
                                onTime: number;
                                open: number;
                                overdue: number;
                                returned: number;
                                signedInTime: number;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description 统计期间受理的诉求 / cases received in the period */
                            period: {
                                cases: number;
                                dispatched: number;
                                evaluated: number;
                                replied: number;
                                resolved: number;
                                satisfied: number;
                                signedInTime: number;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description 三率 / the three rates */
                            rates: {
                                resolution: number | null;
                                response: number | null;
                                satisfaction: number | null;
                            } & {
                                [key: string]: unknown;
                            };
                            red: number;
                            returned: number;
                            self: boolean;
                            unitId: number;
                            yellow: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiStatsBoardExport: {
        parameters: {
            query: {
                division?: string;
                format: "xlsx" | "csv";
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 导出文件（.xlsx 或 CSV，逐行写出）/ The exported file (.xlsx or CSV, streamed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSupervisionNotices: {
        parameters: {
            query?: {
                box?: "received" | "issued" | "all";
                caseId?: number;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 督办单列表 / Supervision notices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            answer?: string | null;
                            answeredAt: string | null;
                            automatic: boolean;
                            caseId: number;
                            caseNumber: string;
                            createdAt: string | null;
                            dueAt: string | null;
                            id: number;
                            /** @description 签发人（单件查看时）/ issuer (one notice) */
                            issuer?: string;
                            /** @description 签发单位（单件查看时）/ issuing unit (one notice) */
                            issuerUnit?: string;
                            number: string;
                            reason: string;
                            requiredAction: string;
                            /** @enum {string} */
                            status: "issued" | "acknowledged" | "answered" | "escalated";
                            statusLabel: string;
                            unit: {
                                id: number;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                        page: number;
                        pageSize: number;
                        total: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSupervisionNoticesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 督办单 / A supervision notice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer?: string | null;
                        answeredAt: string | null;
                        automatic: boolean;
                        caseId: number;
                        caseNumber: string;
                        createdAt: string | null;
                        dueAt: string | null;
                        id: number;
                        /** @description 签发人（单件查看时）/ issuer (one notice) */
                        issuer?: string;
                        /** @description 签发单位（单件查看时）/ issuing unit (one notice) */
                        issuerUnit?: string;
                        number: string;
                        reason: string;
                        requiredAction: string;
                        /** @enum {string} */
                        status: "issued" | "acknowledged" | "answered" | "escalated";
                        statusLabel: string;
                        unit: {
                            id: number;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiSupervisionNoticesIdAcknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 督办单 / A supervision notice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer?: string | null;
                        answeredAt: string | null;
                        automatic: boolean;
                        caseId: number;
                        caseNumber: string;
                        createdAt: string | null;
                        dueAt: string | null;
                        id: number;
                        /** @description 签发人（单件查看时）/ issuer (one notice) */
                        issuer?: string;
                        /** @description 签发单位（单件查看时）/ issuing unit (one notice) */
                        issuerUnit?: string;
                        number: string;
                        reason: string;
                        requiredAction: string;
                        /** @enum {string} */
                        status: "issued" | "acknowledged" | "answered" | "escalated";
                        statusLabel: string;
                        unit: {
                            id: number;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiSupervisionNoticesIdAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string;
                };
            };
        };
        responses: {
            /** @description 督办单 / A supervision notice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer?: string | null;
                        answeredAt: string | null;
                        automatic: boolean;
                        caseId: number;
                        caseNumber: string;
                        createdAt: string | null;
                        dueAt: string | null;
                        id: number;
                        /** @description 签发人（单件查看时）/ issuer (one notice) */
                        issuer?: string;
                        /** @description 签发单位（单件查看时）/ issuing unit (one notice) */
                        issuerUnit?: string;
                        number: string;
                        reason: string;
                        requiredAction: string;
                        /** @enum {string} */
                        status: "issued" | "acknowledged" | "answered" | "escalated";
                        statusLabel: string;
                        unit: {
                            id: number;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSupervisionNoticesIdPrint: {
        parameters: {
            query?: {
                format?: "html" | "pdf";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 督办单（A4 打印页或 PDF）/ The notice on A4 (printable page or PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "text/html": string;
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiTemplates: {
        parameters: {
            query?: {
                kind?: "reject" | "return" | "supervise" | "reply";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            active: boolean;
                            id: number;
                            kind: string;
                            own?: boolean;
                            sort: number;
                            text: string;
                            unit: {
                                id: number;
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            updatedAt: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiTrackCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example H7K2M9Q4TX */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 群众查询到的诉求进度 / The case as the citizen sees it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "caseNumber": "KM20260615000137",
                     *       "title": "翠湖北路路灯不亮",
                     *       "type": "complaint",
                     *       "typeLabel": "投诉",
                     *       "channel": "web",
                     *       "channelLabel": "互联网",
                     *       "receivedAt": "2026-06-15T01:20:31.000Z",
                     *       "state": "handling",
                     *       "stateLabel": "办理中",
                     *       "deadline": "2026-07-06T15:59:59.999Z",
                     *       "handling": {
                     *         "level": "county",
                     *         "levelLabel": "县（区）级",
                     *         "unit": "五华区群众诉求中心"
                     *       },
                     *       "rejectReason": null,
                     *       "result": null,
                     *       "evaluation": null,
                     *       "canEvaluate": false,
                     *       "canAddMaterial": true,
                     *       "steps": [
                     *         {
                     *           "at": "2026-06-15T01:20:31.000Z",
                     *           "title": "诉求已收到",
                     *           "detail": null
                     *         },
                     *         {
                     *           "at": "2026-06-15T01:32:08.000Z",
                     *           "title": "您补充了材料（网上进度查询页）",
                     *           "detail": "补充一下：坏的是翠湖北路12号门口往东数第三根灯杆，杆上编号 WH-017。"
                     *         },
                     *         {
                     *           "at": "2026-06-15T02:03:40.000Z",
                     *           "title": "已受理",
                     *           "detail": null
                     *         },
                     *         {
                     *           "at": "2026-06-15T02:05:12.000Z",
                     *           "title": "已交办",
                     *           "detail": "县（区）级承办单位：五华区群众诉求中心"
                     *         },
                     *         {
                     *           "at": "2026-06-15T03:40:55.000Z",
                     *           "title": "承办单位已签收，正在办理",
                     *           "detail": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        canAddMaterial: boolean;
                        canEvaluate: boolean;
                        caseNumber: string;
                        channel: string;
                        channelLabel: string;
                        deadline: string | null;
                        evaluation: ({
                            at: string;
                            /** @enum {string} */
                            rating: "satisfied" | "basic" | "unsatisfied";
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        handling: ({
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            levelLabel: string;
                            unit: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        receivedAt: string;
                        rejectReason: string | null;
                        result: ({
                            at: string;
                            resolved: boolean | null;
                            text: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        /** @enum {string} */
                        state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                        stateLabel: string;
                        /** @description 公开时间线 / the public timeline */
                        steps: {
                            at: string;
                            detail: string | null;
                            title: string;
                        }[];
                        title: string | null;
                        type: string;
                        typeLabel: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `pin_required` 请输入6位查询密码（PIN） / Send the 6-digit PIN in the X-Tracking-Pin header
             *
             *     `bad_pin` 查询码或查询密码（PIN）错误 / Wrong tracking code or PIN
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `tracking_locked` 查询密码错误次数过多，请稍后再试 / Too many wrong PINs; try again later */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiTrackCodeEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example H7K2M9Q4TX */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    rating: "satisfied" | "basic" | "unsatisfied";
                };
            };
        };
        responses: {
            /** @description 群众查询到的诉求进度 / The case as the citizen sees it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "caseNumber": "KM20260615000137",
                     *       "title": "翠湖北路路灯不亮",
                     *       "type": "complaint",
                     *       "typeLabel": "投诉",
                     *       "channel": "web",
                     *       "channelLabel": "互联网",
                     *       "receivedAt": "2026-06-15T01:20:31.000Z",
                     *       "state": "closed",
                     *       "stateLabel": "已办结",
                     *       "deadline": "2026-07-06T15:59:59.999Z",
                     *       "handling": null,
                     *       "rejectReason": null,
                     *       "result": {
                     *         "text": "您反映的翠湖北路路灯已于6月16日更换灯具，恢复照明。感谢您的监督。",
                     *         "resolved": true,
                     *         "at": "2026-06-16T09:12:00.000Z"
                     *       },
                     *       "evaluation": {
                     *         "rating": "satisfied",
                     *         "at": "2026-06-16T12:30:45.000Z"
                     *       },
                     *       "canEvaluate": false,
                     *       "canAddMaterial": false,
                     *       "steps": [
                     *         {
                     *           "at": "2026-06-15T01:20:31.000Z",
                     *           "title": "诉求已收到",
                     *           "detail": null
                     *         },
                     *         {
                     *           "at": "2026-06-15T02:05:12.000Z",
                     *           "title": "已交办",
                     *           "detail": "县（区）级承办单位：五华区群众诉求中心"
                     *         },
                     *         {
                     *           "at": "2026-06-16T09:12:00.000Z",
                     *           "title": "办理结果已反馈",
                     *           "detail": null
                     *         },
                     *         {
                     *           "at": "2026-06-16T12:30:45.000Z",
                     *           "title": "您已评价",
                     *           "detail": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        canAddMaterial: boolean;
                        canEvaluate: boolean;
                        caseNumber: string;
                        channel: string;
                        channelLabel: string;
                        deadline: string | null;
                        evaluation: ({
                            at: string;
                            /** @enum {string} */
                            rating: "satisfied" | "basic" | "unsatisfied";
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        handling: ({
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village";
                            levelLabel: string;
                            unit: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        receivedAt: string;
                        rejectReason: string | null;
                        result: ({
                            at: string;
                            resolved: boolean | null;
                            text: string;
                        } & {
                            [key: string]: unknown;
                        }) | null;
                        /** @enum {string} */
                        state: "intake" | "triage" | "assigned" | "handling" | "review" | "feedback" | "evaluation" | "decision" | "closed" | "rejected" | "merged" | "withdrawn";
                        stateLabel: string;
                        /** @description 公开时间线 / the public timeline */
                        steps: {
                            at: string;
                            detail: string | null;
                            title: string;
                        }[];
                        title: string | null;
                        type: string;
                        typeLabel: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `pin_required` 请输入6位查询密码（PIN） / Send the 6-digit PIN in the X-Tracking-Pin header
             *
             *     `bad_pin` 查询码或查询密码（PIN）错误 / Wrong tracking code or PIN
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `not_awaiting_evaluation` 当前诉求不在待评价阶段 / The case is not awaiting an evaluation */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `tracking_locked` 查询密码错误次数过多，请稍后再试 / Too many wrong PINs; try again later */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiTrackCodeMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example H7K2M9Q4TX */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text?: string;
                };
                "multipart/form-data": {
                    /** @description 与 JSON 请求体相同的内容（JSON 文本）/ the same JSON as the JSON body, as text */
                    data: string;
                    /** @description 附件，最多10个，按内容检查类型 / up to 10 files, typed by their content: 照片、PDF、录音等 / photos, PDF, recordings … */
                    files?: string[];
                };
            };
        };
        responses: {
            /** @description 已收到的补充材料 / The material received */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 88,
                     *       "at": "2026-06-15T01:32:08.000Z",
                     *       "attachments": []
                     *     }
                     */
                    "application/json": {
                        at: string;
                        attachments: {
                            filename: string;
                            mime: string;
                            size: number;
                        }[];
                        id: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             *
             *     `bad_multipart` 上传的表单不完整或格式错误 / The multipart form is incomplete or malformed
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `pin_required` 请输入6位查询密码（PIN） / Send the 6-digit PIN in the X-Tracking-Pin header
             *
             *     `bad_pin` 查询码或查询密码（PIN）错误 / Wrong tracking code or PIN
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `division_not_found` 未找到该行政区划 / No such division */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `case_closed` 诉求已办结，不能再补充材料；如有新问题请重新提交 / The case is finished; submit a new complaint instead */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `file_too_large` 文件过大 / File too large
             *
             *     `too_many_files` 文件过多 / Too many files
             *
             *     `request_too_large` 上传内容过大 / Upload too large
             *
             *     `too_many_parts` 表单字段过多 / Too many form fields
             */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `unsupported_file_type` 不支持的文件类型 / Unsupported file type
             *
             *     `unsupported_media_type` 请以 multipart/form-data 或 JSON 提交 / Send multipart/form-data or JSON
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_mismatch` 该幂等键（Idempotency-Key / 外部编号）已用于另一份不同的提交 / This Idempotency-Key (or external id) was already used for a different submission */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `tracking_locked` 查询密码错误次数过多，请稍后再试 / Too many wrong PINs; try again later */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later
             *
             *     `too_many_uploads` 同时上传过多：请等待正在进行的上传完成 / Too many uploads at once: wait for the ones under way
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiTrackCodeProcessChart: {
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
            /** @description 办理流程图 / The process chart */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        current?: string | null;
                        /** @description 每一步由谁办理、时限与分办规则 / who acts at each step, its deadline and routing rules */
                        panel: ({
                            key: string;
                            lines: string[];
                            title: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description 流程图（SVG）/ the chart as SVG */
                        svg: string;
                        title: string;
                        type: string;
                        types: ({
                            label: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `pin_required` 请输入6位查询密码（PIN） / Send the 6-digit PIN in the X-Tracking-Pin header
             *
             *     `bad_pin` 查询码或查询密码（PIN）错误 / Wrong tracking code or PIN
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `tracking_locked` 查询密码错误次数过多，请稍后再试 / Too many wrong PINs; try again later */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiUnits: {
        parameters: {
            query: {
                division: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        divisionCode: string;
                        id: number;
                        /** @enum {string} */
                        level: "city" | "county" | "township" | "village";
                        name: string;
                    }[];
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiUnits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    divisionCode: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        divisionCode: string;
                        id: number;
                        /** @enum {string} */
                        level: "city" | "county" | "township" | "village";
                        name: string;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             *
             *     `outside_jurisdiction` 超出本单位管辖范围 / Outside your unit's jurisdiction
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `division_not_found` 未找到该行政区划 / No such division */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `conflict` 与现有数据冲突 / Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disabled: boolean;
                        displayName: string;
                        id: number;
                        /** @enum {string} */
                        role: "operator" | "clerk" | "dispatcher" | "officer" | "supervisor" | "inspector" | "admin";
                        /** @description 已设置二次验证 / has a second factor set up */
                        secondFactor: boolean;
                        unitId: number;
                        unitName: string;
                        username: string;
                    }[];
                };
            };
            /** @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    password: string;
                    role: "operator" | "clerk" | "dispatcher" | "officer" | "supervisor" | "inspector" | "admin";
                    unitId: number;
                    username: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disabled: boolean;
                        displayName: string;
                        id: number;
                        /** @enum {string} */
                        role: "operator" | "clerk" | "dispatcher" | "officer" | "supervisor" | "inspector" | "admin";
                        /** @description 已设置二次验证 / has a second factor set up */
                        secondFactor: boolean;
                        unitId: number;
                        unitName: string;
                        username: string;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             *
             *     `weak_password` 密码不符合要求 / The password is too weak
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             *
             *     `outside_jurisdiction` 超出本单位管辖范围 / Outside your unit's jurisdiction
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unit_not_found` 未找到该承办单位 / No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `username_taken` 用户名已存在 / That username is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiUsersIdDisable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             *
             *     `outside_jurisdiction` 超出本单位管辖范围 / Outside your unit's jurisdiction
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `not_found` 未找到 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiUsersIdPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        mustChangePassword: boolean;
                        /** @description 只显示这一次 / shown once */
                        temporaryPassword: string;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             *
             *     `weak_password` 密码不符合要求 / The password is too weak
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             *
             *     `outside_jurisdiction` 超出本单位管辖范围 / Outside your unit's jurisdiction
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `not_found` 未找到 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiUsersIdSecondFactorReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reset: boolean;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             *
             *     `wrong_role` 您的角色不能执行此操作 / Your role cannot do this
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiVisitorsLookup: {
        parameters: {
            query: {
                idNumber: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 来访人的在办诉求 / A visitor's open cases */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        idNumber: string;
                        openCases: ({
                            asComplainant: boolean;
                            caseNumber: string;
                            id: number;
                            state: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiVisitorsLookup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    idNumber: string;
                };
            };
        };
        responses: {
            /** @description 来访人的在办诉求 / A visitor's open cases */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        idNumber: string;
                        openCases: ({
                            asComplainant: boolean;
                            caseNumber: string;
                            id: number;
                            state: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /**
             * @description `validation` 请求内容不符合要求 / The request is not valid
             *
             *     `unknown_field` 请求含有不允许的字段 / The request has a field that is not allowed
             *
             *     `invalid_value` 请求中的取值超出允许范围或格式不正确 / A value in the request is out of range or malformed
             *
             *     `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate)
             *
             *     `invalid_json` 请求内容不是有效的 JSON / The body is not valid JSON
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `csrf` 缺少或错误的 X-CSRF-Token / Missing or wrong X-CSRF-Token
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postChannelsFaxInbound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已收到；同一 faxId 再次推送时为 200 / received; 200 when the faxId came before */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNumber: string | null;
                        faxId: string;
                        received: boolean;
                    };
                };
            };
            /** @description 已收到；同一 faxId 再次推送时为 200 / received; 200 when the faxId came before */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNumber: string | null;
                        faxId: string;
                        received: boolean;
                    };
                };
            };
            /** @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `bad_signature` 传真网关签名错误或缺失 / Missing or wrong X-Fax-Signature */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `file_too_large` 文件过大 / File too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `unsupported_file_type` 不支持的文件类型 / Unsupported file type
             *
             *     `unsupported_media_type` 请以 multipart/form-data 或 JSON 提交 / Send multipart/form-data or JSON
             */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `fax_webhook_disabled` 未配置传真网关密钥（FAX_WEBHOOK_SECRET） / The fax webhook is not configured (FAX_WEBHOOK_SECRET)
             *
             *     `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postChannelsHotlineQueueResult: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TwiML（Twilio 的应答指令）/ TwiML for Twilio */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 错误 / An error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            messageEn: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `bad_signature` Twilio 签名无效 / Invalid or missing X-Twilio-Signature */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postChannelsHotlineRecorded: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TwiML（Twilio 的应答指令）/ TwiML for Twilio */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 错误 / An error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            messageEn: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `bad_signature` Twilio 签名无效 / Invalid or missing X-Twilio-Signature */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postChannelsHotlineRecordingStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已记录 / recorded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 / An error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            messageEn: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `bad_signature` Twilio 签名无效 / Invalid or missing X-Twilio-Signature */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postChannelsHotlineSms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TwiML（Twilio 的应答指令）/ TwiML for Twilio */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 错误 / An error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            messageEn: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `bad_signature` Twilio 签名无效 / Invalid or missing X-Twilio-Signature */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postChannelsHotlineStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已记录 / recorded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 / An error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            messageEn: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `bad_signature` Twilio 签名无效 / Invalid or missing X-Twilio-Signature */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postChannelsHotlineVoice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TwiML（Twilio 的应答指令）/ TwiML for Twilio */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 错误 / An error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            messageEn: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `bad_signature` Twilio 签名无效 / Invalid or missing X-Twilio-Signature */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postChannelsPhoneChoice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TwiML（Twilio 的应答指令）/ TwiML for Twilio */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 错误 / An error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            messageEn: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `bad_signature` Twilio 签名无效 / Invalid or missing X-Twilio-Signature */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postChannelsPhoneQueueResult: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TwiML（Twilio 的应答指令）/ TwiML for Twilio */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 错误 / An error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            messageEn: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `bad_signature` Twilio 签名无效 / Invalid or missing X-Twilio-Signature */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postChannelsPhoneRecorded: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TwiML（Twilio 的应答指令）/ TwiML for Twilio */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 错误 / An error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            messageEn: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `bad_signature` Twilio 签名无效 / Invalid or missing X-Twilio-Signature */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postChannelsPhoneRecordingStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已记录 / recorded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 / An error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            messageEn: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `bad_signature` Twilio 签名无效 / Invalid or missing X-Twilio-Signature */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postChannelsPhoneSms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TwiML（Twilio 的应答指令）/ TwiML for Twilio */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 错误 / An error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            messageEn: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `bad_signature` Twilio 签名无效 / Invalid or missing X-Twilio-Signature */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postChannelsPhoneStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已记录 / recorded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 / An error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            messageEn: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `bad_signature` Twilio 签名无效 / Invalid or missing X-Twilio-Signature */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postChannelsPhoneVoice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TwiML（Twilio 的应答指令）/ TwiML for Twilio */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
                };
            };
            /** @description 错误 / An error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            messageEn: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `bad_signature` Twilio 签名无效 / Invalid or missing X-Twilio-Signature */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postChannelsTwilioSmsStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已记录 / recorded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误 / An error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            messageEn: string;
                            requestId: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `bad_signature` Twilio 签名无效 / Invalid or missing X-Twilio-Signature */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus 文本格式 / Prometheus text format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `metrics_token` 需要监控令牌（METRICS_TOKEN） / A metrics token (METRICS_TOKEN) is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpen311V2RequestsFormat: {
        parameters: {
            query?: {
                end_date?: string;
                page?: number;
                service_code?: string;
                service_request_id?: string;
                start_date?: string;
                /** @example open,closed */
                status?: string;
            };
            header?: never;
            path: {
                /** @example json */
                format: "json" | "xml";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 公开的诉求 / Public requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "service_request_id": "KM20260615000137",
                     *         "status": "closed",
                     *         "service_code": "urban_management",
                     *         "status_notes": "已办结",
                     *         "service_name": "市容与城市管理",
                     *         "description": null,
                     *         "agency_responsible": "五华区群众诉求中心",
                     *         "service_notice": null,
                     *         "requested_datetime": "2026-06-15T01:20:31.000Z",
                     *         "updated_datetime": "2026-06-16T12:30:45.000Z",
                     *         "expected_datetime": "2026-07-06T15:59:59.999Z",
                     *         "address": "五华区华山街道",
                     *         "address_id": null,
                     *         "zipcode": null,
                     *         "lat": null,
                     *         "long": null,
                     *         "media_url": null
                     *       }
                     *     ]
                     */
                    "application/json": ({
                        service_code?: string | null;
                        service_request_id: string;
                        status: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    "text/xml": string;
                };
            };
        };
    };
    postOpen311V2RequestsFormat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example json */
                format: "json" | "xml";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description 地址，按群众的写法即可 / the address as people write it */
                    address_string?: string;
                    /** @description 管理员签发的接口密钥（也可放在查询参数中）/ issued by an admin (or in the query) */
                    api_key: string;
                    /** @description 诉求内容，至少5个字 / what is wrong, 5 characters or more */
                    description: string;
                    email?: string;
                    first_name?: string;
                    /** @description 无姓名时为匿名 / anonymous without a name */
                    last_name?: string;
                    lat?: string;
                    long?: string;
                    /** @description http(s) 照片链接（不下载）/ a photo URL (not fetched) */
                    media_url?: string;
                    phone?: string;
                    /** @description 服务类别，见 services.json / from services.json */
                    service_code: string;
                };
            };
        };
        responses: {
            /** @description 已收到 / Received */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "service_request_id": "KM20260615000142",
                     *         "service_notice": "已收到，将在1个工作日内受理",
                     *         "account_id": null
                     *       }
                     *     ]
                     */
                    "application/json": ({
                        service_notice: string;
                        service_request_id: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    "text/xml": string;
                };
            };
        };
    };
    getOpen311V2RequestsIdFormat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                format: "json" | "xml";
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一件诉求 / One request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        service_code?: string | null;
                        service_request_id: string;
                        status: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    "text/xml": string;
                };
            };
        };
    };
    getOpen311V2ServicesFormat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example json */
                format: "json" | "xml";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 服务类别 / Services */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "service_code": "urban_management",
                     *         "service_name": "市容与城市管理",
                     *         "description": "市容与城市管理",
                     *         "metadata": false,
                     *         "type": "realtime",
                     *         "keywords": "",
                     *         "group": "群众诉求"
                     *       },
                     *       {
                     *         "service_code": "environment.air",
                     *         "service_name": "大气污染",
                     *         "description": "大气污染",
                     *         "metadata": false,
                     *         "type": "realtime",
                     *         "keywords": "",
                     *         "group": "群众诉求"
                     *       }
                     *     ]
                     */
                    "application/json": ({
                        description: string;
                        group: string;
                        keywords: string;
                        metadata: boolean;
                        service_code: string;
                        service_name: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                    "text/xml": string;
                };
            };
        };
    };
    getReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                    };
                };
            };
            /** @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description 数据库不可用 / database unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: {
                            [key: string]: unknown;
                        };
                        status?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getWs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_text` 内容含有无法保存的字符（如空字符 \0 或不成对的代理字符） / The text holds characters that cannot be stored (NUL or a lone surrogate) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unauthenticated` 请先登录 / Sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description `bad_origin` 不允许的来源 / Origin not allowed
             *
             *     `password_change_required` 请先修改密码（首次登录或密码已被管理员重置） / Change your password first (first sign-in, or reset by an admin)
             *
             *     `second_factor_enrolment_required` 请先绑定身份验证器（系统管理员和电子监察必须使用二次验证） / Set up your authenticator first (admins and inspectors must use a second factor)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `upgrade_required` 请使用 WebSocket 连接 / Connect with a WebSocket */
            426: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited` 请求过于频繁，请稍后再试 / Too many requests; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal` 服务器内部错误 / Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `database_unavailable` 数据库暂时不可用，请稍后重试 / The database is unavailable for a moment; try again later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
