// 登录 (password, CA certificate), 注册 and 修改密码: operations against identity.
import { graphql } from '../../gql/gql.ts';

export const LoginWithPassword = graphql(`
  mutation LoginWithPassword($username: String!, $password: String!, $secondFactor: CertificateLoginInput) {
    loginWithPassword(username: $username, password: $password, secondFactor: $secondFactor) {
      ...AuthPayloadFields
    }
  }
`);

export const RequestCertificateChallenge = graphql(`
  mutation RequestCertificateChallenge {
    requestCertificateChallenge {
      id
      challenge
      expiresAt
    }
  }
`);

export const LoginWithCertificate = graphql(`
  mutation LoginWithCertificate($input: CertificateLoginInput!) {
    loginWithCertificate(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const ChangePassword = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ...AuthPayloadFields
    }
  }
`);

export const PasswordPolicyQuery = graphql(`
  query PasswordPolicy {
    passwordPolicy {
      minLength
      requiredClasses
      description
      idleTimeoutSeconds
    }
  }
`);

/** What an anonymous registrant may see of its own registration. */
export const RegisterEnterprise = graphql(`
  mutation RegisterEnterprise($input: EnterpriseRegistrationInput!) {
    registerEnterprise(input: $input) {
      organisationId
      name
      uscc
      username
      registrationStatus
    }
  }
`);
