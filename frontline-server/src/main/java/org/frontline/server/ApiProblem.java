package org.frontline.server;

/**
 * An error the API answers as RFC 9457 problem details: the status, a short title, a detail saying what was wrong
 * and, for a bad request, the parameter at fault. Never carries a stack trace to the client.
 */
public final class ApiProblem extends RuntimeException {
    private final int status;
    private final String title;
    private final String parameter;

    ApiProblem(int status, String title, String detail, String parameter) {
        super(detail);
        this.status = status;
        this.title = title;
        this.parameter = parameter;
    }

    /** 400: a parameter (query, path or body) the request got wrong. */
    static ApiProblem badParameter(String parameter, String detail) {
        return new ApiProblem(400, "Bad request parameter", parameter + ": " + detail, parameter);
    }

    static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail, null);
    }

    static ApiProblem unauthorized(String detail) {
        return new ApiProblem(401, "Unauthorized", detail, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The parameter at fault, null when the problem is not one parameter's. */
    public String parameter() {
        return parameter;
    }
}
