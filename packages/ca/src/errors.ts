/**
 * Failure reasons of a CA-certificate login. The code is for logs, audit records and the API;
 * the message is shown to the user, hence Chinese.
 */
export type CertificateLoginErrorCode =
  | 'MALFORMED'
  | 'UNKNOWN_CA'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'REVOKED'
  | 'CRL_STALE'
  | 'CRL_MISSING'
  | 'NOT_FOR_LOGIN'
  | 'ALGORITHM_MISMATCH'
  | 'BAD_SIGNATURE';

const MESSAGES: Record<CertificateLoginErrorCode, string> = {
  MALFORMED: '证书或签名格式不正确',
  UNKNOWN_CA: '证书不是由受信任的CA签发',
  EXPIRED: '证书已过期',
  NOT_YET_VALID: '证书尚未生效',
  REVOKED: '证书已被吊销',
  CRL_STALE: '证书吊销列表已过期，暂时无法确认证书状态，请联系平台管理员',
  CRL_MISSING: '缺少证书吊销列表，暂时无法确认证书状态，请联系平台管理员',
  NOT_FOR_LOGIN: '该证书不能用于登录签名',
  ALGORITHM_MISMATCH: '签名算法与证书密钥类型不符',
  BAD_SIGNATURE: '签名验证失败',
};

export class CertificateLoginError extends Error {
  readonly code: CertificateLoginErrorCode;
  /** Technical detail for logs (English, never shown to the user). */
  readonly detail: string | undefined;

  constructor(code: CertificateLoginErrorCode, detail?: string, options?: ErrorOptions) {
    super(MESSAGES[code], options);
    this.name = 'CertificateLoginError';
    this.code = code;
    this.detail = detail;
  }
}
