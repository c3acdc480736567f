import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { Problem } from '@newsflow/contracts';
import { InvalidCursorError } from '@newsflow/persistence';
import { InvalidInputException } from './invalid-input.exception';

interface HttpRequest {
  originalUrl?: string;
  url: string;
}
interface HttpResponse {
  /** Fastify's reply says `sent`. */
  sent: boolean;
  status(code: number): HttpResponse;
  type(contentType: string): HttpResponse;
  send(body: string): void;
}

function problemFor(error: unknown): Problem {
  if (error instanceof InvalidInputException) {
    return { type: 'urn:newsflow:problem:invalid-input', title: 'Invalid request', status: 400, detail: error.message, errors: error.errors };
  }
  if (error instanceof InvalidCursorError) {
    return { type: 'urn:newsflow:problem:invalid-cursor', title: 'Invalid cursor', status: 400, detail: error.message };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const detail = typeof response === 'string' ? response : String((response as { message?: unknown }).message ?? error.message);
    return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail };
  }
  return { type: 'about:blank', title: 'Internal Server Error', status: HttpStatus.INTERNAL_SERVER_ERROR, detail: 'The server failed to answer; see its log' };
}

/** Every error leaves the API as RFC 7807 problem details. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('query');

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<HttpRequest>();
    const response = host.switchToHttp().getResponse<HttpResponse>();
    const problem = { ...problemFor(error), instance: request.originalUrl ?? request.url };
    if (problem.status >= 500) this.logger.error(`${problem.instance}: ${(error as Error)?.stack ?? String(error)}`);
    if (response.sent) return;
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }
}
