package org.unioncabinet.correction;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A scan beyond the upload limit never reaches {@link CorrectionController}: the request is refused while it is read.
 * The member still gets the statement's page with the reason, not an error page. (The correction statement is the only
 * upload of the member portal; Modeler's deployments answer their own way.)
 */
@ControllerAdvice
class CorrectionUploadLimit {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Model model, HttpServletResponse response) {
        model.addAttribute("scanError", Scan.TOO_LARGE);
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        return CorrectionController.PAGE;
    }
}
