package org.disclosure.dashboard.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * stats-service's answers as pages: its 404 (a report that does not exist, or not for this user: the same to
 * them) stays a 404, a refusal a 403; anything else is a 502 with a sentence, the details in the log.
 */
public class StatsErrors {

    private static final Logger LOG = Logger.getLogger(StatsErrors.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CurrentUser currentUser;

    public StatsErrors(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /**
     * The sentence of an error answer of stats-service ({"status":…,"error":"…"}), for the user: its refusals of a
     * correction say in 中文 what to change.
     */
    static String sentence(Response answer) {
        try {
            JsonNode body = JSON.readTree(answer.readEntity(String.class));
            String error = body == null ? null : body.path("error").asText(null);
            if (error != null && !error.isBlank()) return error;
        } catch (RuntimeException | java.io.IOException e) {
            LOG.debugf(e, "an error answer of %d without a readable sentence", answer.getStatus());
        }
        return answer.getStatus() == 409 ? "报告已被更新，请刷新后重试。" : "提交的内容有误，请检查后重试。";
    }

    @ServerExceptionMapper
    public Response map(WebApplicationException error) {
        int status = error.getResponse() == null ? 500 : error.getResponse().getStatus();
        String message;
        int shown;
        if (status == 404) {
            shown = 404;
            message = "没有找到该页面或报告（或它不在您的地区范围内）。";
        } else if (status == 401 || status == 403) {
            shown = 403;
            message = "您的账号无权查看此内容。";
        } else if (status == 400) {
            shown = 400;
            message = "查询条件有误，请检查后重试。";
        } else {
            shown = 502;
            message = "统计服务暂时不可用，请稍后再试。";
            LOG.warnf(error, "stats-service answered %d", status);
        }
        return Response.status(shown).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Pages.error(currentUser.get(), shown, message).render()).build();
    }
}
